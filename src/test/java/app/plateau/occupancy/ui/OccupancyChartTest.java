package app.plateau.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.base.ui.Svg;
import app.plateau.occupancy.Board.Step;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OccupancyChartTest {

    private static final Instant MIDNIGHT = Instant.parse("2025-03-10T00:00:00Z");
    private static final OccupancyChart.Labels LABELS =
            new OccupancyChart.Labels("Occupation", "Heure", "Personnes présentes");

    private static Instant at(int hours, int minutes) {
        return MIDNIGHT.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static OccupancyChart.Day dayUntil(Instant now) {
        return OccupancyChart.Day.of(MIDNIGHT, now, ZoneOffset.UTC);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document document, String tag, String className) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (className.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void each_floor_gets_one_step_line_and_one_dashed_cap_line_in_its_own_colour() throws Exception {
        List<OccupancyChart.Series> series = List.of(
                new OccupancyChart.Series(11, "Plateau 1 (jauge 20)", 20, List.of(new Step(MIDNIGHT, 0))),
                new OccupancyChart.Series(12, "Plateau 2 (jauge 30)", 30, List.of(new Step(MIDNIGHT, 4))),
                new OccupancyChart.Series(13, "Plateau 3 (jauge 10)", 10, List.of(new Step(MIDNIGHT, 1))));

        Document svg = parse(OccupancyChart.svg(series, dayUntil(at(10, 0)), LABELS));

        List<Element> lines = withClass(svg, "path", "series");
        List<Element> caps = withClass(svg, "line", "cap");
        assertThat(lines).extracting(line -> line.getAttribute("data-floor")).containsExactly("11", "12", "13");
        assertThat(caps).extracting(cap -> cap.getAttribute("data-floor")).containsExactly("11", "12", "13");
        assertThat(caps).allSatisfy(cap -> assertThat(cap.getAttribute("stroke-dasharray")).isNotBlank());
        assertThat(lines).extracting(line -> line.getAttribute("stroke")).doesNotHaveDuplicates();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(caps.get(i).getAttribute("stroke")).isEqualTo(lines.get(i).getAttribute("stroke"));
        }
    }

    @Test
    void the_line_holds_each_count_until_the_next_change_and_stops_at_now() throws Exception {
        // Plot from x=64 to x=936 over 24 hours, y=296 for 0 to y=16 for the top tick (20, the cap).
        List<Step> steps = List.of(new Step(MIDNIGHT, 0), new Step(at(8, 0), 3), new Step(at(9, 0), 2));
        Document svg = parse(OccupancyChart.svg(
                List.of(new OccupancyChart.Series(1, "Plateau 1", 20, steps)), dayUntil(at(12, 0)), LABELS));

        assertThat(withClass(svg, "path", "series").get(0).getAttribute("d"))
                .isEqualTo("M64 296 H354.7 V254 H391 V268 H500");
        assertThat(withClass(svg, "line", "cap").get(0).getAttribute("y1")).isEqualTo("16");
    }

    @Test
    void coordinates_keep_a_decimal_point_whatever_the_servers_language() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            String svg = OccupancyChart.svg(List.of(new OccupancyChart.Series(1, "Plateau 1", 20,
                    List.of(new Step(MIDNIGHT, 0), new Step(at(8, 0), 3)))), dayUntil(at(12, 0)), LABELS);
            assertThat(svg).contains("H354.7").doesNotContain("354,7");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void names_with_markup_are_escaped_and_read_back_as_typed() throws Exception {
        String name = "<R&D> \"Nord\" l'étage";
        String svg = OccupancyChart.svg(List.of(new OccupancyChart.Series(7, name, 5,
                List.of(new Step(MIDNIGHT, 1)))), dayUntil(at(9, 0)), new OccupancyChart.Labels("A & B", "<x>", "y"));

        assertThat(svg).doesNotContain("<R&D>").contains("&lt;R&amp;D&gt;");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTextContent()).contains(name, "A & B", "<x>");
        assertThat(withClass(document, "path", "series")).hasSize(1);
    }

    @Test
    void the_chart_has_axis_labels_a_legend_entry_per_floor_and_hour_ticks_of_the_sites_day() throws Exception {
        List<OccupancyChart.Series> series = List.of(
                new OccupancyChart.Series(1, "Plateau 1 (jauge 20)", 20, List.of(new Step(MIDNIGHT, 0))),
                new OccupancyChart.Series(2, "Plateau 2 (jauge 30)", 30, List.of(new Step(MIDNIGHT, 0))));
        Document svg = parse(OccupancyChart.svg(series, dayUntil(at(10, 0)), LABELS));

        assertThat(withClass(svg, "text", "axis-label")).extracting(Element::getTextContent)
                .containsExactly("Heure", "Personnes présentes");
        assertThat(withClass(svg, "g", "legend-item")).extracting(item -> item.getElementsByTagName("text")
                .item(0).getTextContent()).containsExactly("Plateau 1 (jauge 20)", "Plateau 2 (jauge 30)");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("00:00", "12:00", "24:00");
    }

    @Test
    void on_the_day_clocks_go_forward_the_hours_sit_where_they_happened() throws Exception {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant start = Instant.parse("2025-03-29T23:00:00Z");
        // 30 March 2025 in Paris lasts 23 hours; 06:00 local is 04:00 UTC, five hours into the day.
        OccupancyChart.Day day = OccupancyChart.Day.of(start, Instant.parse("2025-03-30T04:00:00Z"), paris);
        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
        String svg = OccupancyChart.svg(List.of(new OccupancyChart.Series(1, "P", 10,
                List.of(new Step(start, 2)))), day, LABELS);
        // The line ends at now: 5 of 23 hours across the 872 wide plot.
        assertThat(withClass(parse(svg), "path", "series").get(0).getAttribute("d")).endsWith("H" + Svg.number(64 + 872 * 5 / 23.0));
    }

    private static final LocalTime DAY_END = LocalTime.of(23, 0);

    @Test
    void the_chart_spans_the_working_hours_from_the_first_arrival_to_the_sites_end_of_day() throws Exception {
        List<List<Step>> floors = List.of(
                List.of(new Step(MIDNIGHT, 0), new Step(at(7, 40), 1), new Step(at(9, 5), 2)),
                List.of(new Step(MIDNIGHT, 0), new Step(at(8, 10), 1)));

        OccupancyChart.Day day = OccupancyChart.Day.working(MIDNIGHT, at(11, 0), floors, DAY_END, ZoneOffset.UTC);

        assertThat(day.start()).isEqualTo(at(7, 0));
        assertThat(day.end()).isEqualTo(at(23, 0));
        String text = parse(OccupancyChart.svg(List.of(new OccupancyChart.Series(1, "P", 10, floors.get(0))), day,
                LABELS)).getDocumentElement().getTextContent();
        assertThat(text).contains("08:00", "14:00", "22:00").doesNotContain("00:00", "06:00", "24:00");
    }

    @Test
    void before_anyone_came_the_chart_starts_at_this_hour_and_after_a_night_at_the_start_of_the_day() {
        List<List<Step>> empty = List.of(List.of(new Step(MIDNIGHT, 0)));
        assertThat(OccupancyChart.Day.working(MIDNIGHT, at(6, 20), empty, DAY_END, ZoneOffset.UTC).start())
                .isEqualTo(at(6, 0));

        List<List<Step>> overnight = List.of(List.of(new Step(MIDNIGHT, 2), new Step(at(6, 0), 0)));
        assertThat(OccupancyChart.Day.working(MIDNIGHT, at(9, 0), overnight, DAY_END, ZoneOffset.UTC).start())
                .isEqualTo(MIDNIGHT);
    }

    @Test
    void a_day_running_past_the_end_of_day_stretches_the_chart_to_the_next_hour_and_no_further_than_midnight() {
        List<List<Step>> floors = List.of(List.of(new Step(MIDNIGHT, 0), new Step(at(8, 0), 3)));
        assertThat(OccupancyChart.Day.working(MIDNIGHT, at(23, 10), floors, LocalTime.of(22, 0), ZoneOffset.UTC)
                .end()).isEqualTo(at(24, 0));
        assertThat(OccupancyChart.Day.working(MIDNIGHT, at(22, 10), floors, LocalTime.of(20, 0), ZoneOffset.UTC)
                .end()).isEqualTo(at(23, 0));
    }

    @Test
    void floor_colours_are_far_apart_and_none_is_the_green_amber_or_red_of_the_cards_nor_the_neutral_grey() {
        List<String> colours = OccupancyChart.PALETTE;
        assertThat(colours).doesNotHaveDuplicates().doesNotContain(OccupancyChart.NEUTRAL);
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                assertThat(distance(colours.get(i), colours.get(j))).as("%s against %s", colours.get(i), colours.get(j))
                        .isGreaterThan(60);
            }
            int[] rgb = rgb(colours.get(i));
            assertThat(rgb[1] > rgb[0] + 40 && rgb[1] > rgb[2] + 40).as("%s reads as green", colours.get(i)).isFalse();
            assertThat(rgb[0] > 150 && rgb[1] < 60 && rgb[2] < 60).as("%s reads as red", colours.get(i)).isFalse();
        }
        assertThat(OccupancyChart.colour(colours.size())).isEqualTo(OccupancyChart.colour(0));
    }

    @Test
    void an_empty_floor_is_drawn_in_neutral_grey_over_its_colour_and_only_while_it_is_empty() throws Exception {
        List<OccupancyChart.Series> series = List.of(
                new OccupancyChart.Series(1, "Plateau 1", 20,
                        List.of(new Step(MIDNIGHT, 0), new Step(at(8, 0), 3), new Step(at(9, 0), 0))),
                new OccupancyChart.Series(2, "Plateau 2", 20, List.of(new Step(MIDNIGHT, 4))));

        Document svg = parse(OccupancyChart.svg(series, dayUntil(at(12, 0)), LABELS));

        List<Element> zeros = withClass(svg, "path", "zero");
        assertThat(zeros).extracting(zero -> zero.getAttribute("data-floor")).containsExactly("1");
        assertThat(zeros.get(0).getAttribute("stroke")).isEqualTo(OccupancyChart.NEUTRAL);
        // Empty from midnight to 08:00 and from 09:00 to now; y=296 is zero.
        assertThat(zeros.get(0).getAttribute("d")).isEqualTo("M64 296 H354.7 M391 296 H500");
        int[] grey = rgb(OccupancyChart.NEUTRAL);
        assertThat(Math.max(grey[0], Math.max(grey[1], grey[2])) - Math.min(grey[0], Math.min(grey[1], grey[2])))
                .isLessThan(30);
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    private static double distance(String a, String b) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    @Test
    void tick_steps_are_round_numbers() {
        assertThat(List.of(1L, 5L, 8L, 20L, 30L, 60L, 120L, 400L, 2000L)).extracting(Svg::step)
                .containsExactly(1L, 1L, 2L, 5L, 10L, 20L, 50L, 100L, 500L);
    }
}
