package app.plateau.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MeetingShareChartTest {

    private static final MeetingShareChart.Labels LABELS = new MeetingShareChart.Labels("Réunions", "Nombre",
            "À distance", "En salle");

    @Test
    void a_week_is_a_remote_bar_under_a_room_bar_with_the_share_above() {
        String svg = MeetingShareChart.svg(List.of(new MeetingShareChart.Bar("S1", 8, 2, "80 %", "S1"),
                new MeetingShareChart.Bar("S2", 0, 0, "—", "S2")), LABELS);

        assertThat(Pattern.compile("<rect class=\"virtual\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<rect class=\"physical\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains(">80 %<", ">—<", ">S1<", ">S2<");
        // 10 meetings on a 240 px plot scaled to 10: the remote part is 8/10 of it, the room part 2/10.
        assertThat(svg).contains("height=\"192\" fill=\"" + MeetingShareChart.VIRTUAL_COLOUR,
                "height=\"48\" fill=\"" + MeetingShareChart.PHYSICAL_COLOUR);
    }

    @Test
    void texts_are_escaped_and_coordinates_use_a_point() {
        String svg = MeetingShareChart.svg(List.of(new MeetingShareChart.Bar("<b>", 1, 0, "100 %", "a & b")),
                new MeetingShareChart.Labels("<script>", "y", "v", "p"));

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;", "a &amp; b");
        assertThat(svg).doesNotContainPattern("\\d,\\d");
    }
}
