package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.meeting.CalendarFeedService;
import app.plateau.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarFeedDialogTest extends KaribuTest {

    private static final Pattern FEED_URL = Pattern.compile("https?://[^/]+(/[^/]*)?/calendar/([A-Za-z0-9_-]{43})\\.ics");

    @Autowired
    private CalendarFeedService feeds;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        login(testSite.username(Role.AGENT));
    }

    private String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("calendar-feed-status")).getText();
    }

    private TextField url() {
        return _get(TextField.class, spec -> spec.withLabel("Lien d’abonnement"));
    }

    /** The token in the link shown, checked to be a whole feed address. */
    private String token() {
        Matcher matcher = FEED_URL.matcher(url().getValue());
        assertThat(matcher.matches()).as("a feed address: %s", url().getValue()).isTrue();
        return matcher.group(2);
    }

    private boolean shown(String buttonText) {
        return !_find(Button.class, spec -> spec.withText(buttonText)).isEmpty();
    }

    @Test
    void a_person_creates_a_link_that_the_feed_answers_and_revokes_it() {
        new CalendarFeedDialog(feeds).open();
        assertThat(status()).isEqualTo("Vous n’avez pas encore de lien d’agenda.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Lien d’abonnement"))).isEmpty();
        assertThat(shown("Révoquer")).isFalse();

        click("Créer le lien");

        String token = token();
        assertThat(url().isReadOnly()).isTrue();
        assertThat(feeds.feed(token)).isPresent();
        assertThat(status()).startsWith("Lien actif, créé le ");
        assertThat(notifications()).contains("Votre nouveau lien d’agenda est prêt.");
        assertThat(shown("Créer le lien")).isFalse();
        assertThat(shown("Renouveler")).isTrue();

        click("Révoquer");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(status()).startsWith("Lien révoqué le ").endsWith(": il ne répond plus.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Lien d’abonnement"))).isEmpty();
        assertThat(feeds.feed(token)).isEmpty();
        assertThat(shown("Créer le lien")).isTrue();
    }

    @Test
    void renewing_shows_a_new_link_and_the_old_one_stops_answering() {
        new CalendarFeedDialog(feeds).open();
        click("Créer le lien");
        String first = token();

        click("Renouveler");

        String second = token();
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.feed(first)).isEmpty();
        assertThat(feeds.feed(second)).isPresent();
    }

    @Test
    void reopened_the_dialog_says_the_link_exists_and_when_it_was_last_read_but_never_shows_it_again() {
        String token = feeds.createFeed();
        feeds.feed(token);

        new CalendarFeedDialog(feeds).open();

        assertThat(status()).startsWith("Lien actif, créé le ").contains(", lu pour la dernière fois le ");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Lien d’abonnement"))).isEmpty();
        assertThat(shown("Renouveler")).isTrue();
    }
}
