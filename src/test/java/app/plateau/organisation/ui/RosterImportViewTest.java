package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.RosterCsv;
import app.plateau.organisation.RosterImportService;
import app.plateau.organisation.RosterImportService.RosterRow;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RosterImportViewTest extends KaribuTest {

    @Autowired
    private PersonService people;
    @Autowired
    private AccountService accounts;
    private TestSite testSite;
    private String prefix;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        prefix = Fixtures.unique("v").toUpperCase();
    }

    @Test
    void the_preview_lists_the_rows_with_their_errors() {
        openAsAdministrator();

        upload(RosterCsv.of(
                prefix + "-1,Salma Tazi,,," + testSite.team().getName() + ",Plateau 1,,",
                prefix + "-2,Omar Alaoui,,,Équipe Fantôme,Plateau 1,,"));

        assertThat(_get(Span.class, spec -> spec.withText("Aperçu : 2 lignes, 1 valides, 1 en erreur."))).isNotNull();
        Grid<RosterRow> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormatted(grid, 0, "errors")).isEmpty();
        assertThat(_getFormatted(grid, 1, "errors")).isEqualTo("Équipe inconnue : « Équipe Fantôme ».");
        assertThat(_get(Button.class, spec -> spec.withText("Importer les 1 lignes valides")).isEnabled()).isTrue();
    }

    @Test
    void importing_saves_the_valid_rows_and_says_what_was_done() {
        openAsAdministrator();
        upload(RosterCsv.of(
                prefix + "-1,Salma Tazi,,," + testSite.team().getName() + ",Plateau 1,,AGENT",
                prefix + "-2,Omar Alaoui,,,Équipe Fantôme,Plateau 1,,",
                prefix + "-3,Hajar Bennani,,,,,,"));

        _click(_get(Button.class, spec -> spec.withText("Importer les 2 lignes valides")));

        assertThat(notifications())
                .containsExactly("Import terminé : 2 personnes créées, 0 mises à jour, 1 comptes créés.");
        assertThat(people.count(testSite.site().getId(), null, prefix)).isEqualTo(2);
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    void after_importing_the_result_stays_on_the_page_with_each_skipped_line_until_the_next_upload() {
        openAsAdministrator();
        upload(RosterCsv.of(
                prefix + "-1,Salma Tazi,,," + testSite.team().getName() + ",Plateau 1,,AGENT",
                prefix + "-2,Omar Alaoui,,,Équipe Fantôme,Plateau 1,,",
                prefix + "-3,Hajar Bennani,,,,Plateau 99,,"));

        _click(_get(Button.class, spec -> spec.withText("Importer les 1 lignes valides")));

        Div result = _get(Div.class, spec -> spec.withClasses("roster-result"));
        assertThat(result.isVisible()).isTrue();
        assertThat(_find(result, ListItem.class).stream().map(ListItem::getText)).containsExactly(
                "1 personne créée",
                "Aucune personne mise à jour",
                "1 compte créé, en attente d’activation",
                "2 lignes écartées pour erreur",
                "Ligne 3 (" + prefix + "-2) : Équipe inconnue : « Équipe Fantôme ».",
                "Ligne 4 (" + prefix + "-3) : Plateau inconnu : « Plateau 99 ».");

        upload(RosterCsv.of(prefix + "-4,Nadia Idrissi,,,,,,"));

        assertThat(result.isVisible()).isFalse();
        assertThat(_size(_get(Grid.class))).isEqualTo(1);
    }

    @Test
    void a_long_error_wraps_in_a_column_that_takes_the_room_left_and_a_phone_keeps_only_what_locates_it() {
        openAsAdministrator();
        Grid<RosterRow> grid = _get(Grid.class);
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumnByKey("errors").getFlexGrow()).isEqualTo(1);

        _get(RosterImportView.class).fitTo(390);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("line", "employeeNumber", "errors");

        _get(RosterImportView.class).fitTo(1366);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(9);
    }

    @Test
    void an_import_that_fails_saves_nothing_and_says_why() {
        String taken = prefix.toLowerCase() + "-1";
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(taken, "Autre", testSite.site().getId(), null,
                EnumSet.of(Role.AUDITOR)), null));
        openAsAdministrator();
        upload(RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,AGENT"));

        Button importButton = _get(Button.class, spec -> spec.withText("Importer les 1 lignes valides"));
        _click(importButton);

        assertThat(notifications()).containsExactly("L’identifiant « " + taken + " » est déjà pris.");
        assertThat(people.count(testSite.site().getId(), null, prefix)).isZero();
        assertThat(importButton.isEnabled()).isTrue();
    }

    @Test
    void a_file_without_a_required_column_is_refused_with_the_reason() {
        openAsAdministrator();

        act(() -> upload("matricule,e-mail\nX1,\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(notifications()).containsExactly("Colonne manquante dans l’en-tête : « Nom complet ».");
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    @Tag("security")
    void the_upload_component_speaks_french_including_its_server_refusals_and_the_size_limit() {
        openAsAdministrator();

        UploadI18N texts = _get(Upload.class).getI18n();

        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("Le fichier dépasse 5 Mo.");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Choisissez un fichier .csv.");
        assertThat(texts.getError().getTooManyFiles()).isEqualTo("Un seul fichier à la fois.");
        assertThat(texts.getUploading().getError().getForbidden())
                .isEqualTo("Envoi refusé : la page n’accepte plus ce fichier. Rechargez-la et réessayez.");
        assertThat(texts.getUploading().getError().getUnexpectedServerError())
                .isEqualTo("Le serveur n’a pas pu recevoir le fichier (au plus 5 Mo). Réessayez.");
        assertThat(texts.getUploading().getError().getServerUnavailable())
                .isEqualTo("Envoi impossible : le serveur ne répond pas. Réessayez dans un instant.");
        assertThat(texts.getUploading().getStatus().getConnecting()).isEqualTo("Connexion…");
        assertThat(texts.getUploading().getRemainingTime().getPrefix()).isEqualTo("temps restant :");
        assertThat(texts.getFile().getRemove()).isEqualTo("Retirer");
        assertThat(texts.getUnits().getSize()).startsWith("o", "ko", "Mo");
    }

    @Test
    @Tag("security")
    void a_file_over_the_limit_is_refused_with_the_limit_and_leaves_the_list() {
        openAsAdministrator();
        byte[] big = new byte[RosterImportService.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        act(() -> upload(big));

        assertThat(notifications()).containsExactly("Le fichier dépasse 5 Mo.");
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    @Tag("security")
    void a_quoting_error_is_shown_in_french_with_its_line_not_as_parser_text() {
        openAsAdministrator();

        act(() -> upload(RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,", prefix + "-2,\"Omar Alaoui,,,,,,")));

        assertThat(notifications()).containsExactly(
                "Ligne 3 : un guillemet (\") s’ouvre et n’est jamais refermé. Vérifiez les guillemets de cette ligne.");
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    @Tag("security")
    void an_image_renamed_csv_is_refused_as_not_a_text_file() throws IOException {
        openAsAdministrator();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);

        act(() -> upload(png.toByteArray()));

        assertThat(notifications()).containsExactly("Ce fichier n’est pas un fichier texte CSV (image, classeur Excel"
                + " ou autre fichier binaire) : enregistrez la liste au format « CSV UTF-8 ».");
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    @Tag("security")
    void a_file_not_named_csv_is_refused_even_when_sent_past_the_browser_check() {
        openAsAdministrator();

        act(() -> _upload(_get(Upload.class), "roster.xlsx", "text/csv",
                RosterCsv.of(prefix + "-1,Salma Tazi,,,,,,")));

        assertThat(notifications()).containsExactly("Choisissez un fichier .csv.");
        assertThat(_size(_get(Grid.class))).isZero();
    }

    @Test
    void a_manager_may_not_open_the_roster_import() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(RosterImportView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(RosterImportView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private void openAsAdministrator() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(RosterImportView.class);
        _get(RosterImportView.class).setExecutor(Runnable::run);
    }

    private void upload(byte[] file) {
        _upload(_get(Upload.class), "roster.csv", "text/csv", file);
    }
}
