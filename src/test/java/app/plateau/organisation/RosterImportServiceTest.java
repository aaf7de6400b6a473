package app.plateau.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.base.Text;
import app.plateau.organisation.RosterImportService.RosterError;
import app.plateau.organisation.RosterImportService.RosterPreview;
import app.plateau.organisation.RosterImportService.RosterResult;
import app.plateau.organisation.RosterImportService.RosterRow;
import app.plateau.security.Account;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@Tag("mariadb")
class RosterImportServiceTest {

    @Autowired
    private RosterImportService roster;
    @Autowired
    private PersonService people;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private TestSite testSite;
    private long siteId;
    private String team;
    private String prefix;

    @BeforeEach
    void signInAsTheSiteAdministrator() {
        testSite = fixtures.site();
        siteId = testSite.site().getId();
        team = testSite.team().getName();
        prefix = Fixtures.unique("r").toUpperCase();
        Signing.signIn(users, testSite.username(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void a_valid_file_imports_its_people_and_the_accounts_of_those_with_roles() {
        RosterPreview preview = parse(RosterCsv.of(
                prefix + "-1,Salma Tazi,salma@example.org,+212 6 11 22 33 44," + team + ",plateau 2,télétravail,AGENT",
                prefix + "-2,Omar Alaoui,,," + team + ",Plateau 1,hybride,Superviseur|Agent",
                prefix + "-3,Hajar Bennani,,,,,,"));

        assertThat(preview.rows()).allMatch(RosterRow::isValid);
        RosterResult result = importAll(preview);

        assertThat(result).isEqualTo(new RosterResult(3, 0, 2));
        assertThat(people.count(siteId, null, "")).isEqualTo(5);
        Person salma = person(prefix + "-1");
        assertThat(salma.getFullName()).isEqualTo("Salma Tazi");
        assertThat(salma.getEmail()).isEqualTo("salma@example.org");
        assertThat(salma.getTeam()).isEqualTo(testSite.team());
        assertThat(salma.getHomeFloor()).isEqualTo(testSite.floor2());
        assertThat(salma.getWorkMode()).isEqualTo(WorkMode.TELEWORK);
        assertThat(person(prefix + "-3").getWorkMode()).isEqualTo(WorkMode.ON_SITE);
        Account omar = account(prefix.toLowerCase() + "-2");
        assertThat(omar.getRoles()).containsExactlyInAnyOrder(Role.TEAM_LEAD, Role.AGENT);
        assertThat(omar.getDisplayName()).isEqualTo("Omar Alaoui");
        assertThat(omar.hasPassword()).isFalse();
        assertThat(accounts.count(siteId, prefix.toLowerCase() + "-3")).isZero();
    }

    @Test
    void importing_the_same_file_again_updates_the_people_rather_than_adding_them() {
        importAll(parse(RosterCsv.of(
                prefix + "-1,Salma Tazi,,," + team + ",Plateau 1,,AGENT",
                prefix + "-2,Omar Alaoui,,," + team + ",Plateau 1,,")));

        RosterResult again = importAll(parse(RosterCsv.of(
                prefix + "-1,Salma Tazi-Berrada,,," + team + ",Plateau 2,,Agent Superviseur",
                prefix + "-2,Omar Alaoui,,," + team + ",Plateau 1,,")));

        assertThat(again).isEqualTo(new RosterResult(0, 2, 0));
        assertThat(people.count(siteId, null, "")).isEqualTo(4);
        assertThat(person(prefix + "-1").getFullName()).isEqualTo("Salma Tazi-Berrada");
        assertThat(person(prefix + "-1").getHomeFloor()).isEqualTo(testSite.floor2());
        assertThat(accounts.count(siteId, prefix.toLowerCase())).isEqualTo(1);
        assertThat(account(prefix.toLowerCase() + "-1").getRoles())
                .containsExactlyInAnyOrder(Role.AGENT, Role.TEAM_LEAD);
    }

    @Test
    void an_inactive_person_in_the_file_is_active_again() {
        Person agent = testSite.agent();
        agent.setActive(false);
        people.save(agent);

        RosterResult result = importAll(parse(RosterCsv.of(
                agent.getEmployeeNumber() + "," + agent.getFullName() + ",,," + team + ",Plateau 1,,")));

        assertThat(result).isEqualTo(new RosterResult(0, 1, 0));
        assertThat(people.get(agent.getId()).isActive()).isTrue();
    }

    @Test
    void each_wrong_row_is_reported_with_its_line_and_reason() {
        RosterPreview preview = parse(RosterCsv.of(
                prefix + "-1,Salma Tazi,salma@,,,,,",
                ",Nom sans matricule,,,,,,",
                prefix + "-3,,,,,,,",
                prefix + "-4,Téléphone faux,,abc,,,,",
                prefix + "-5,Mode faux,,,,,à la plage,",
                prefix + "-6,Rôle faux,,,,,,Agent|Pilote",
                prefix + "-7,Valide,,,,,,"));

        assertThat(preview.rows()).hasSize(7);
        assertThat(preview.validCount()).isEqualTo(1);
        assertThat(preview.errorCount()).isEqualTo(6);
        assertThat(preview.rows()).extracting(RosterRow::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(preview.rows()).extracting(RosterRow::errors).containsExactly(
                List.of(RosterError.of("person.error.email", "salma@")),
                List.of(RosterError.of("error.required", new Text("person.employee-number"))),
                List.of(RosterError.of("error.required", new Text("person.full-name"))),
                List.of(RosterError.of("person.error.phone", "abc")),
                List.of(RosterError.of("roster.error.work-mode", "à la plage")),
                List.of(RosterError.of("roster.error.role", "Pilote")),
                List.of());
    }

    @Test
    void a_team_or_floor_the_site_does_not_have_is_reported() {
        RosterPreview preview = parse(RosterCsv.of(
                prefix + "-1,Salma Tazi,,,Équipe Fantôme,Plateau 1,,",
                prefix + "-2,Omar Alaoui,,," + team.toUpperCase() + ",Plateau 9,,"));

        assertThat(preview.rows()).extracting(RosterRow::errors).containsExactly(
                List.of(RosterError.of("roster.error.team-unknown", "Équipe Fantôme")),
                List.of(RosterError.of("roster.error.floor-unknown", "Plateau 9")));
    }

    @Test
    void an_employee_number_repeated_in_the_file_is_reported_on_the_later_rows() {
        RosterPreview preview = parse(RosterCsv.of(
                prefix + "-1,Salma Tazi,,,,,,",
                prefix + "-2,Omar Alaoui,,,,,,",
                prefix.toLowerCase() + "-1,Salma Encore,,,,,,",
                prefix + "-1,Salma Toujours,,,,,,"));

        assertThat(preview.rows()).extracting(RosterRow::errors).containsExactly(List.of(), List.of(),
                List.of(RosterError.of("roster.error.duplicate", prefix.toLowerCase() + "-1")),
                List.of(RosterError.of("roster.error.duplicate", prefix + "-1")));
    }

    @Test
    void a_header_without_a_required_column_refuses_the_whole_file() {
        byte[] file = "matricule,e-mail,téléphone,équipe,plateau d’attache,mode de travail,rôles\nX1,,,,,,\n"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> parse(file), "roster.error.missing-column", new Text("person.full-name"));
    }

    @Test
    void a_semicolon_separated_file_with_a_byte_order_mark_is_read() {
        String text = "\uFEFFMatricule;Nom complet;E-mail;Téléphone;Équipe;Plateau d'attache;Mode de travail;Rôles\r\n"
                + prefix + "-1;\"Tazi, Salma\";;;" + team + ";Plateau 1;Sur site;Responsable de site\r\n";

        RosterPreview preview = parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.errors()).isEmpty();
            assertThat(row.employeeNumber()).isEqualTo(prefix + "-1");
            assertThat(row.fullName()).isEqualTo("Tazi, Salma");
        });
        importAll(preview);
        assertThat(account(prefix.toLowerCase() + "-1").getRoles()).containsExactly(Role.SITE_MANAGER);
    }

    @Test
    void english_headers_are_read_whatever_their_case() {
        String text = "EMPLOYEE NUMBER,Full Name,Email,Phone,Team,Home Floor,Work Mode,Roles\n"
                + prefix + "-1,Salma Tazi,,," + team + ",Plateau 1,Telework,TEAM_LEAD\n";

        RosterPreview preview = parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
        importAll(preview);
        assertThat(person(prefix + "-1").getWorkMode()).isEqualTo(WorkMode.TELEWORK);
    }

    @Test
    void markup_in_a_name_is_stored_as_plain_text() {
        importAll(parse(RosterCsv.of(prefix + "-1,<b>Salma</b> <script>alert(1)</script>,,,,,,")));

        assertThat(person(prefix + "-1").getFullName()).isEqualTo("<b>Salma</b> <script>alert(1)</script>");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        byte[] latin1 = ("matricule,nom complet,e-mail,téléphone,équipe,plateau d’attache,mode de travail,rôles\n"
                + prefix + "-1,Hélène,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(() -> parse(latin1), "roster.error.encoding");
    }

    @Test
    @Tag("security")
    void a_file_not_named_csv_is_refused_whatever_its_content() {
        byte[] file = RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,");

        for (String name : new String[] {"roster.xlsx", "roster.csv.exe", "roster", null}) {
            assertRefused(() -> roster.parse(siteId, name, new ByteArrayInputStream(file), file.length),
                    "roster.error.wrong-type");
        }
        assertThat(roster.parse(siteId, "ROSTER.CSV", new ByteArrayInputStream(file), file.length).rows())
                .hasSize(1);
    }

    @Test
    @Tag("security")
    void an_image_renamed_csv_is_refused_as_not_a_text_file_and_nothing_is_saved() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] file = png.toByteArray();

        assertRefused(() -> parse(file), "roster.error.not-text");
        assertThat(people.count(siteId, null, prefix)).isZero();
    }

    @Test
    @Tag("security")
    void a_file_with_nul_bytes_is_refused_as_not_a_text_file_even_with_a_valid_header() {
        byte[] csv = RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,");
        byte[] file = Arrays.copyOf(csv, csv.length + 3);

        assertRefused(() -> parse(file), "roster.error.not-text");
    }

    @Test
    @Tag("security")
    void an_unclosed_quote_is_reported_in_words_with_the_line_where_it_opens() {
        byte[] file = RosterCsv.of(
                prefix + "-1,Salma Tazi,,,,,,",
                prefix + "-2,\"Omar Alaoui,,,,,,",
                prefix + "-3,Hajar Bennani,,,,,,");

        assertRefused(() -> parse(file), "roster.error.quote-unclosed", 3L);
    }

    @Test
    @Tag("security")
    void text_after_a_closing_quote_is_reported_in_words_with_its_line() {
        byte[] file = RosterCsv.of(
                prefix + "-1,Salma Tazi,,,,,,",
                prefix + "-2,\"Omar\" Alaoui,,,,,,");

        assertRefused(() -> parse(file), "roster.error.quote-stray", 3L);
    }

    @Test
    void files_beyond_the_size_and_row_limits_are_refused() {
        byte[] small = RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,");
        assertRefused(() -> roster.parse(siteId, "roster.csv", new ByteArrayInputStream(small),
                RosterImportService.MAX_BYTES + 1L),
                "roster.error.file-too-large", RosterImportService.MAX_MEGABYTES);

        byte[] tooLong = RosterCsv.generate(prefix, RosterImportService.MAX_ROWS + 1, team, "Plateau 1");
        assertRefused(() -> parse(tooLong), "roster.error.too-many-rows", RosterImportService.MAX_ROWS);
    }

    @Test
    void a_failure_midway_leaves_nothing_saved() {
        // Someone already uses the username the third row's account would get.
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(prefix.toLowerCase() + "-3", "Autre", siteId, null,
                EnumSet.of(Role.AUDITOR)), null));
        Person agent = testSite.agent();
        RosterPreview preview = parse(RosterCsv.of(
                agent.getEmployeeNumber() + ",Nom changé,,," + team + ",Plateau 1,,",
                prefix + "-2,Omar Alaoui,,,,,,AGENT",
                prefix + "-3,Hajar Bennani,,,,,,AGENT"));

        assertRefused(() -> importAll(preview), "account.error.username-taken", prefix.toLowerCase() + "-3");

        assertThat(people.count(siteId, null, "")).isEqualTo(2);
        assertThat(people.get(agent.getId()).getFullName()).isEqualTo(agent.getFullName());
        assertThat(accounts.count(siteId, prefix.toLowerCase() + "-2")).isZero();
    }

    @Test
    void rows_sent_back_are_checked_again_before_anything_is_saved() {
        RosterRow forged = new RosterRow(2, prefix + "-1", "Salma Tazi", "", "", "Équipe Fantôme", "", "", "",
                List.of());

        assertRefused(() -> roster.importRows(siteId, List.of(forged), done -> { }), "roster.error.row-invalid", 2L);
        assertThat(people.count(siteId, null, "")).isEqualTo(2);
    }

    @Test
    void a_site_administrator_cannot_import_into_another_site() {
        long otherSite = fixtures.site().site().getId();
        byte[] file = RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,");
        List<RosterRow> rows = parse(file).rows();

        assertThatThrownBy(() -> roster.parse(otherSite, "roster.csv", new ByteArrayInputStream(file),
                file.length))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.importRows(otherSite, rows, done -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_agent_cannot_import() {
        byte[] file = RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,");
        List<RosterRow> rows = parse(file).rows();
        Signing.signIn(users, testSite.username(Role.AGENT));

        assertThatThrownBy(() -> roster.parse(siteId, "roster.csv", new ByteArrayInputStream(file), file.length))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.importRows(siteId, rows, done -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void three_thousand_rows_are_imported_with_progress_reported() {
        RosterPreview preview = parse(RosterCsv.generate(prefix, 3000, team, "Plateau 1"));
        assertThat(preview.validCount()).isEqualTo(3000);
        List<Integer> progress = new ArrayList<>();

        RosterResult result = roster.importRows(siteId, preview.validRows(), progress::add);

        assertThat(result).isEqualTo(new RosterResult(3000, 0, 300));
        assertThat(people.count(siteId, null, "")).isEqualTo(3002);
        assertThat(accounts.count(siteId, prefix.toLowerCase())).isEqualTo(300);
        assertThat(progress).isSorted().endsWith(3000);
    }

    private static void assertRefused(ThrowingCallable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }

    private RosterPreview parse(byte[] file) {
        return roster.parse(siteId, "roster.csv", new ByteArrayInputStream(file), file.length);
    }

    private RosterResult importAll(RosterPreview preview) {
        return roster.importRows(siteId, preview.validRows(), done -> { });
    }

    private Person person(String employeeNumber) {
        return people.page(siteId, null, employeeNumber, PageRequest.of(0, 2)).stream()
                .filter(person -> person.getEmployeeNumber().equals(employeeNumber))
                .findFirst().orElseThrow();
    }

    private Account account(String username) {
        return accounts.page(siteId, username, PageRequest.of(0, 2)).stream()
                .filter(account -> account.getUsername().equals(username))
                .findFirst().orElseThrow();
    }
}
