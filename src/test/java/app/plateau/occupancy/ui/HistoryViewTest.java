package app.plateau.occupancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.Sweeps;
import app.plateau.transfer.TransferService;
import java.time.Duration;
import java.time.Instant;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryViewTest extends KaribuTest {

    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private Sweeps sweeps;
    @Autowired
    private Clock clock;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    /** The agent on floor 1 and the lead on floor 2, both checked in by the manager. */
    private void agentAndLeadPresent() {
        login(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        presence.checkIn(testSite.lead().getId(), testSite.floor2().getId());
    }

    private void openHistory(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(HistoryView.class);
    }

    private List<String> people() {
        return column(_get(Grid.class), "person");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> floorFilter() {
        return _get(ComboBox.class, spec -> spec.withLabel("Plateau"));
    }

    @Test
    void a_manager_sees_the_days_lines_and_narrows_them_by_floor_person_and_day() {
        agentAndLeadPresent();
        openHistory(Role.SITE_MANAGER);
        String agent = testSite.agent().getFullName();
        String lead = testSite.lead().getFullName();

        assertThat(people()).containsExactlyInAnyOrder(agent, lead);
        assertThat(column(_get(Grid.class), "kind")).containsOnly("Entrée");

        _setValue(floorFilter(), testSite.floor2());
        assertThat(people()).containsExactly(lead);
        assertThat(column(_get(Grid.class), "to")).containsExactly("Plateau 2");

        _setValue(floorFilter(), null);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Personne")), "youssef");
        assertThat(people()).containsExactly(agent);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Jour")),
                LocalDate.now(clock.withZone(testSite.site().zoneId())).minusDays(1));
        assertThat(people()).isEmpty();
    }

    @Test
    void an_agent_sees_only_their_own_lines_and_no_site_filters() {
        agentAndLeadPresent();
        openHistory(Role.AGENT);

        assertThat(people()).containsExactly(testSite.agent().getFullName());
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Plateau"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Personne"))).isEmpty();
    }

    @Test
    void the_export_downloads_the_lines_the_filters_show_as_csv_for_excel() throws IOException {
        agentAndLeadPresent();
        openHistory(Role.SITE_MANAGER);
        _setValue(floorFilter(), testSite.floor2());

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Exporter en CSV")));

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDate et heure (heure locale, " + testSite.site().zoneId().getId()
                + ");Mouvement;Personne;");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertThat(records).extracting(record -> record.get("Personne"))
                .containsExactly(testSite.lead().getFullName());
        assertThat(records).extracting(record -> record.get("Plateau rejoint")).containsExactly("Plateau 2");
    }

    @Test
    void reasons_read_in_words_and_what_plateau_did_by_itself_names_its_rule_on_screen_and_in_the_csv()
            throws IOException {
        login(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(), MoveReason.IT_SUPPORT,
                "Poste sans réseau", null, null));
        sweeps.expireAt(Instant.now().plus(Duration.ofMinutes(16)));
        openHistory(Role.SITE_MANAGER);

        List<String> details = column(_get(Grid.class), "detail");
        List<String> actors = column(_get(Grid.class), "actor");
        assertThat(details).contains("Support informatique : Poste sans réseau",
                "Personne n’a décidé la demande à temps.");
        assertThat(actors).contains("Plateau (expiration d’une demande non décidée)").doesNotContain("Plateau");
        assertThat(details).noneMatch(detail -> detail.contains("IT_SUPPORT") || detail.contains("expired"));

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Exporter en CSV")));
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)
                .substring(1)), CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get())) {
            records = parser.getRecords();
        }
        // The same words in the file as on the screen.
        assertThat(records).extracting(record -> record.get("Détail")).containsExactlyInAnyOrderElementsOf(details);
        assertThat(records).extracting(record -> record.get("Par")).containsExactlyInAnyOrderElementsOf(actors);
    }

    @Test
    void the_file_is_named_after_the_site_in_letters_every_system_keeps() {
        assertThat(HistoryView.slug("Site Rabat – Agdal Été")).isEqualTo("site-rabat-agdal-ete");
        assertThat(HistoryView.slug("«»")).isEqualTo("site");
    }

    @Test
    void an_auditor_reads_the_sites_lines() {
        agentAndLeadPresent();
        openHistory(Role.AUDITOR);

        assertThat(people()).hasSize(2);
    }

    @Test
    void a_health_officer_may_not_open_the_history() {
        login(testSite.username(Role.HEALTH_OFFICER));
        assertCannotOpen(HistoryView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(HistoryView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
