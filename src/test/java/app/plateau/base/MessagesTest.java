package app.plateau.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final List<String> BUNDLES =
            List.of("/i18n/messages_fr.properties", "/i18n/messages_en.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

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

    @Test
    void no_text_counts_with_a_pseudo_plural_or_a_bracketed_ending() throws IOException {
        for (String path : BUNDLES) {
            assertThat(load(path).entrySet()).as(path)
                    .noneMatch(entry -> entry.getValue().toString().matches("(?s).*\\w\\((s|e|es|x)\\).*"));
        }
    }

    @Test
    void counts_read_as_real_plurals_in_both_languages() {
        assertThat(Messages.get(Locale.FRENCH, "inbox.count", 0)).isEqualTo("Aucune demande en attente");
        assertThat(Messages.get(Locale.FRENCH, "inbox.count", 1)).isEqualTo("1 demande en attente");
        assertThat(Messages.get(Locale.FRENCH, "inbox.count", 3L)).isEqualTo("3 demandes en attente");
        assertThat(Messages.get(Locale.ENGLISH, "inbox.count", 1)).isEqualTo("1 request waiting");
        assertThat(Messages.get(Locale.ENGLISH, "inbox.count", 3)).isEqualTo("3 requests waiting");
    }

    @Test
    void french_texts_about_a_person_do_not_assume_a_man() throws IOException {
        Properties french = load("/i18n/messages_fr.properties");
        assertThat(french.entrySet()).noneMatch(entry -> entry.getValue().toString()
                .matches("(?s).*(chez lui|renvoyé|placé à|\\{0\\} est déjà présent|» est enregistré|» est supprimé"
                        + "|Enregistré sur|Bienvenue, (superviseur|auditeur|administrateur|référent)).*"));
    }

    @Test
    void both_languages_take_the_same_arguments_and_every_pattern_parses() throws IOException {
        Properties french = load("/i18n/messages_fr.properties");
        Properties english = load("/i18n/messages_en.properties");
        for (String key : french.stringPropertyNames()) {
            String fr = french.getProperty(key);
            String en = english.getProperty(key);
            if (en == null) {
                continue;
            }
            assertThat(arguments(en)).as("arguments of %s", key).isEqualTo(arguments(fr));
            if (!arguments(fr).isEmpty()) {
                assertThatCode(() -> new MessageFormat(fr, Locale.FRENCH)).as("French %s", key)
                        .doesNotThrowAnyException();
                assertThatCode(() -> new MessageFormat(en, Locale.ENGLISH)).as("English %s", key)
                        .doesNotThrowAnyException();
            }
        }
    }

    /** The argument numbers a pattern uses, including those inside choice formats. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
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
