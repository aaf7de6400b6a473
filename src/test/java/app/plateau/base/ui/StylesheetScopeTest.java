package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme is one global stylesheet, so a rule written for one view reaches every view that
 * happens to use the same class: the board's {@code .floor-count} once set the move inbox's
 * "from / to" cells in huge bold type. Every rule must therefore start from a view's root class
 * (or a dialog's, or a shared component's), from an element, or from one of the few classes
 * kept shared on purpose.
 */
class StylesheetScopeTest {

    private static final Path STYLES = Path.of("frontend/themes/plateau/styles.css");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Root classes of one view, dialog or component each: each is set by one source file only. */
    private static final Set<String> ROOTS = Set.of("board-view", "wall-view", "history-view", "kiosk", "login-view",
            "start-page", "meetings-view", "team-meetings-view", "meeting-details", "meeting-editor",
            "conflicts-dialog", "calendar-feed-dialog", "device-token-dialog", "meeting-reminder-card",
            "meeting-requests-view", "meeting-share-view", "week-grid", "rounds-view", "corrective-actions-view",
            "hygiene-checklist", "hygiene-templates-view", "my-floor-view", "inbox-view", "compliance-view",
            "contact-list-view", "roster-view", "accounts-view", "my-corrective-actions", "main-layout",
            "user-menu-identity");

    /**
     * Classes that mean the same wherever they are set: an administration page, its toolbar, a
     * download link, the site picker.
     */
    private static final Set<String> SHARED = Set.of("admin-view", "admin-toolbar", "export-link", "error-page",
            "join-link", "meeting-mode", "meeting-mode-icon", "site-select");

    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z0-9_-]+)");

    @Test
    void every_rule_starts_from_a_view_root_an_element_or_a_shared_class() {
        List<String> bare = selectors().stream()
                .filter(selector -> {
                    Set<String> classes = classesOf(firstCompound(selector));
                    return !classes.isEmpty() && classes.stream().noneMatch(
                            name -> ROOTS.contains(name) || SHARED.contains(name));
                })
                .toList();
        assertThat(bare).as("selectors that reach every view using the class; start them from the view's root class")
                .isEmpty();
    }

    @Test
    void the_boards_floor_count_does_not_reach_the_move_inbox() {
        assertThat(selectors()).filteredOn(selector -> selector.matches(".*\\.floor-count(?![\\w-]).*"))
                .isNotEmpty()
                .allSatisfy(selector -> assertThat(selector).matches("^\\.(board-view|wall-view) .*"));
    }

    @Test
    void each_root_class_belongs_to_one_source_file_and_shared_classes_are_still_used() {
        TreeMap<String, List<Path>> setBy = new TreeMap<>();
        List<Path> sources = javaSources();
        for (String root : ROOTS) {
            setBy.put(root, sources.stream().filter(source -> holdsLiteral(source, root)).toList());
        }
        Set<String> stylesheetClasses = new TreeSet<>();
        selectors().forEach(selector -> stylesheetClasses.addAll(classesOf(firstCompound(selector))));
        setBy.forEach((root, files) -> {
            if (stylesheetClasses.contains(root)) {
                assertThat(files).as("source files setting the root class %s", root).hasSize(1);
            }
        });
        for (String shared : SHARED) {
            assertThat(sources).as("a source file setting the shared class %s", shared)
                    .anySatisfy(source -> assertThat(holdsLiteral(source, shared)).isTrue());
        }
    }

    /** Every selector of the stylesheet, comments left out, those inside {@code @media} blocks included. */
    static List<String> selectors() {
        String css = read(STYLES).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> selectors = new ArrayList<>();
        collect(css, selectors);
        return selectors;
    }

    private static void collect(String css, List<String> selectors) {
        int at = 0;
        while (true) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String prelude = css.substring(at, open).strip();
            int close = matching(css, open);
            if (prelude.startsWith("@")) {
                if (prelude.startsWith("@media") || prelude.startsWith("@supports")) {
                    collect(css.substring(open + 1, close), selectors);
                }
            } else {
                for (String selector : prelude.split(",")) {
                    selectors.add(selector.strip().replaceAll("\\s+", " "));
                }
            }
            at = close + 1;
        }
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced braces in " + STYLES);
    }

    /** The part of a selector before its first combinator: what the rule starts from. */
    static String firstCompound(String selector) {
        return selector.split("[\\s>+~]+", 2)[0];
    }

    private static Set<String> classesOf(String compound) {
        Set<String> classes = new TreeSet<>();
        // Classes inside :not(...) or ::part(...) do not scope anything.
        Matcher matcher = CLASS.matcher(compound.replaceAll("\\([^)]*\\)", ""));
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }
        return classes;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsLiteral(Path source, String className) {
        return read(source).contains("\"" + className + "\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
