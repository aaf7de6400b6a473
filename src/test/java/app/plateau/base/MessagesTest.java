package app.plateau.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void french_and_english_bundles_hold_the_same_keys() throws IOException {
        Set<String> french = keys("/i18n/messages_fr.properties");
        Set<String> english = keys("/i18n/messages_en.properties");
        assertThat(new TreeSet<>(french)).as("keys missing in English").isSubsetOf(english);
        assertThat(new TreeSet<>(english)).as("keys missing in French").isSubsetOf(french);
    }

    @Test
    void french_is_the_default_and_english_is_served_on_request() {
        assertThat(Messages.get(null, "user.logout")).isEqualTo("Se déconnecter");
        assertThat(Messages.get(Locale.GERMAN, "user.logout")).isEqualTo("Se déconnecter");
        assertThat(Messages.get(Locale.UK, "user.logout")).isEqualTo("Sign out");
    }

    @Test
    void arguments_are_placed_where_each_language_wants_them_and_keys_as_arguments_are_translated() {
        assertThat(Messages.get(Locale.FRENCH, "error.too-long", new Text("floor.name"), 60))
                .isEqualTo("Le champ « Nom » dépasse 60 caractères.");
        assertThat(Messages.get(Locale.ENGLISH, "error.too-long", new Text("floor.name"), 60))
                .isEqualTo("“Name” is longer than 60 characters.");
    }

    @Test
    void french_texts_use_the_typographic_apostrophe_so_message_format_keeps_them() throws IOException {
        Properties french = load("/i18n/messages_fr.properties");
        assertThat(french.entrySet()).noneMatch(entry -> entry.getValue().toString().contains("'"));
    }

    private static Set<String> keys(String path) throws IOException {
        Set<String> keys = new TreeSet<>();
        load(path).keySet().forEach(key -> keys.add(key.toString()));
        return keys;
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
