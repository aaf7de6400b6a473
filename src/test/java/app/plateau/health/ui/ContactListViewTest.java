package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ContactListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    TestSite testSite;
    Person traced;
    Instant now;

    @BeforeEach
    void history() {
        testSite = fixtures.site();
        traced = testSite.agent();
        now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Floor floor = testSite.floor1();
        stay(traced, floor, now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)));
        stay(person("Amine Deux-Heures"), floor, now.minus(Duration.ofHours(4)), now.minus(Duration.ofHours(2)));
        stay(person("Bouchra Encore-Là"), floor, now.minus(Duration.ofMinutes(200)), null);
        stay(person("Chama Courte"), floor, now.minus(Duration.ofMinutes(105)), now.minus(Duration.ofMinutes(40)));
    }

    private Person person(String name) {
        return fixtures.person(testSite.site(), Fixtures.unique("v"), name, testSite.team(), testSite.floor1());
    }

    private void stay(Person person, Floor floor, Instant start, Instant end) {
        jdbc.update("""
                INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by, ended_at,
                    end_kind, ended_by, open_person_id) VALUES (?, ?, ?, ?, 'MANUAL', 'test', ?, ?, ?, ?)""",
                floor.getSite().getId(), person.getId(), floor.getId(), LocalDateTime.ofInstant(start, ZoneOffset.UTC),
                end == null ? null : LocalDateTime.ofInstant(end, ZoneOffset.UTC), end == null ? null : "MANUAL",
                end == null ? null : "test", end == null ? person.getId() : null);
        if (end == null) {
            // Keeps the floor's counter in step, so the end-of-day job can close the stay as it would a real one.
            jdbc.update("UPDATE floor_occupancy SET present = present + 1 WHERE floor_id = ?", floor.getId());
        }
    }

    @SuppressWarnings("unchecked")
    private void showContactsOfTheAgent() {
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(ContactListView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Personne")), traced);
    }

    @Test
    void the_health_officer_sees_the_contacts_of_the_last_48_hours_longest_first() {
        showContactsOfTheAgent();

        Grid<?> grid = _get(Grid.class);
        assertThat(column(grid, "person")).containsExactly("Bouchra Encore-Là", "Amine Deux-Heures",
                "Chama Courte");
        assertThat(column(grid, "overlap")).containsExactly("2 h 20 min", "2 h", "45 min");
        assertThat(column(grid, "floors")).containsOnly("Plateau 1");
        assertThat(column(grid, "source")).containsOnly("Présence sur le plateau");
        assertThat(_get(Paragraph.class).getText()).startsWith(traced.getFullName() + " : 3 contacts du ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_chosen_period_counts_only_the_time_together_inside_it() {
        showContactsOfTheAgent();
        ZoneId zone = testSite.site().zoneId();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Période")), "custom");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Du")),
                LocalDateTime.ofInstant(now.minus(Duration.ofMinutes(150)), zone));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Au")),
                LocalDateTime.ofInstant(now.minus(Duration.ofMinutes(90)), zone));

        Grid<?> grid = _get(Grid.class);
        assertThat(column(grid, "person")).containsExactly("Bouchra Encore-Là", "Amine Deux-Heures",
                "Chama Courte");
        assertThat(column(grid, "overlap")).containsExactly("1 h", "30 min", "15 min");
    }

    @Test
    void the_export_link_downloads_the_list_as_csv() throws IOException {
        showContactsOfTheAgent();

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Exporter (CSV)")));

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFPersonne;Équipe;");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(record -> record.get("Durée de contact (minutes)"))
                .containsExactly("140", "120", "45");
    }

    @Test
    void before_a_person_is_chosen_nothing_is_listed_and_nothing_can_be_exported() {
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(ContactListView.class);

        assertThat(column(_get(Grid.class), "person")).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Exporter (CSV)")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Choisissez une personne pour voir ses contacts.");
    }

    @Test
    void agents_team_leads_auditors_managers_and_administrators_cannot_open_it() {
        for (Role role : List.of(Role.AGENT, Role.TEAM_LEAD, Role.AUDITOR, Role.SITE_MANAGER, Role.ADMIN)) {
            reset();
            login(testSite.username(role));
            assertCannotOpen(ContactListView.class);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(ContactListView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
