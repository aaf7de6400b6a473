package app.plateau.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as spreadsheets in France open it: every export of Plateau writes through this class,
 * and its only way to write a row guards each cell, so no export can forget it.
 */
public final class Csv {

    /**
     * Semicolons, because Excel set to French reads a comma as the decimal mark and puts a
     * comma-separated file in one column; CRLF as spreadsheets expect.
     */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    /**
     * Excel ignores the charset of a download and takes a CSV file without a byte order mark for
     * the local code page (Windows-1252 in France): "Entrée" would open as "EntrÃ©e".
     */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * A moment as every file writes it: the site's wall-clock time, which an auditor compares with
     * the site's own records, written largest unit first so that it sorts as text, and its UTC offset,
     * so that the hour repeated when the clocks go back reads twice differently
     * ({@code 2026-02-15 02:30:00 +01:00}, then {@code 2026-02-15 02:30:00 +00:00}). No {@code T}, no
     * {@code Z}: a person reads it as a date and a time.
     */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT);
    /** What makes Excel or LibreOffice read a cell as a formula (tab and CR included, as OWASP lists them). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private Csv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * A file on the stream, the byte order mark already written. The stream stays open (it may be a
     * ZIP entry): {@link #flush()} when done.
     */
    public static Csv on(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new Csv(new CSVPrinter(writer, FORMAT));
    }

    /**
     * The header of a column of moments: its label and the zone its times are in, e.g.
     * "Fermé le (heure locale, Africa/Casablanca)", so that nobody takes them for UTC or for their own time.
     */
    public static String timeColumn(Locale locale, String labelKey, ZoneId zone) {
        return Messages.get(locale, "csv.time-column", Messages.get(locale, labelKey), zone.getId());
    }

    /**
     * One line. Integers and decimals are written as numbers; moments (a {@link ZonedDateTime} or an
     * {@link OffsetDateTime}) as {@link #TIME}; days as {@code 2026-03-14}; anything else (names, reasons,
     * translated labels) as its text, guarded against formulas; {@code null} as an empty cell. An
     * {@link Instant} or a {@link LocalDateTime} is refused: the one would be written in UTC, the other
     * without its offset.
     */
    public void row(Object... cells) throws IOException {
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = value(cells[i]);
        }
        printer.printRecord(values);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    private static Object value(Object cell) {
        if (cell == null) {
            return "";
        }
        // Only the JDK's own numbers: their text is a plain number, which a leading minus leaves one.
        if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte
                || cell instanceof BigDecimal || cell instanceof BigInteger || cell instanceof Double
                || cell instanceof Float) {
            return cell;
        }
        if (cell instanceof ZonedDateTime moment) {
            return TIME.format(moment);
        }
        if (cell instanceof OffsetDateTime moment) {
            return TIME.format(moment);
        }
        if (cell instanceof Instant || cell instanceof LocalDateTime) {
            throw new IllegalArgumentException("a moment is written in the site's zone with its offset: pass a "
                    + "ZonedDateTime, not a " + cell.getClass().getSimpleName());
        }
        return text(cell.toString());
    }

    /**
     * A text as a spreadsheet cell. Names and reasons are typed by people; one that starts like a
     * formula ("=HYPERLINK(...)") would be run by Excel when the file is opened, so it is kept as
     * text with a leading apostrophe, which Excel hides.
     */
    static String text(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
