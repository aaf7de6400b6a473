package app.plateau.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
class CsvTest {

    @Test
    void every_text_cell_that_starts_like_a_formula_is_kept_as_text_and_numbers_stay_numbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv csv = Csv.on(out);

        csv.row("=1+1", "+33 6", "-Plateau", "@SUM(A1)", "\tTab", "\rReturn", "Plateau 1", "", null);
        csv.row(-12, 150L, new BigDecimal("-38.6"), 2.5, LocalDate.of(2026, 3, 14),
                LocalDateTime.of(2026, 12, 6, 9, 30, 5, 123_000_000).atZone(ZoneId.of("Africa/Casablanca")),
                new StringBuilder("=HYPERLINK(\"x\")"));
        csv.flush();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = Csv.FORMAT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("'=1+1", "'+33 6", "'-Plateau", "'@SUM(A1)", "'\tTab",
                "'\rReturn", "Plateau 1", "", "");
        assertThat(records.get(1).toList()).containsExactly("-12", "150", "-38.6", "2.5", "2026-03-14",
                "2026-12-06 09:30:05 +01:00", "'=HYPERLINK(\"x\")");
    }

    @Test
    void a_moment_is_the_sites_wall_clock_time_with_its_offset_and_never_a_bare_utc_or_local_stamp()
            throws IOException {
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        // The night of 15 February 2026, when Casablanca's clocks went back from 03:00 to 02:00.
        ZonedDateTime first = LocalDateTime.of(2026, 2, 15, 2, 30).atZone(casablanca).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv csv = Csv.on(out);

        csv.row(Csv.timeColumn(Locale.FRENCH, "audit.csv.closed-at", casablanca),
                Csv.timeColumn(Locale.ENGLISH, "audit.csv.closed-at", casablanca));
        csv.row(first, second, first.toOffsetDateTime());
        csv.flush();

        List<CSVRecord> records = Csv.FORMAT.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Fermé le (heure locale, Africa/Casablanca)",
                "Closed at (local time, Africa/Casablanca)");
        assertThat(records.get(1).toList()).containsExactly("2026-02-15 02:30:00 +01:00",
                "2026-02-15 02:30:00 +00:00", "2026-02-15 02:30:00 +01:00");
        // Read back, the two half-past-twos are an hour apart.
        assertThat(Duration.between(OffsetDateTime.parse(records.get(1).get(0), Csv.TIME),
                OffsetDateTime.parse(records.get(1).get(1), Csv.TIME))).isEqualTo(Duration.ofHours(1));
        assertThatIllegalArgumentException().isThrownBy(() -> csv.row(first.toInstant()));
        assertThatIllegalArgumentException().isThrownBy(() -> csv.row(first.toLocalDateTime()));
    }

    @Test
    void only_the_shared_helper_writes_csv_so_no_export_can_skip_the_guard() {
        noClasses().that().doNotHaveFullyQualifiedName(Csv.class.getName())
                .should().dependOnClassesThat().areAssignableTo(CSVPrinter.class)
                .because("Csv.row guards every text cell against spreadsheet formulas")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.plateau"));
    }
}
