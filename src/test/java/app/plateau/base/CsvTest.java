package app.plateau.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
                LocalDateTime.of(2026, 3, 14, 9, 30), new StringBuilder("=HYPERLINK(\"x\")"));
        csv.flush();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = Csv.FORMAT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("'=1+1", "'+33 6", "'-Plateau", "'@SUM(A1)", "'\tTab",
                "'\rReturn", "Plateau 1", "", "");
        assertThat(records.get(1).toList()).containsExactly("-12", "150", "-38.6", "2.5", "2026-03-14",
                "2026-03-14T09:30", "'=HYPERLINK(\"x\")");
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
