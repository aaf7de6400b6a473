package app.plateau.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV files as spreadsheets in France open them: every export of Plateau writes them this way. */
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

    private Csv() {
    }

    /**
     * A printer on the stream, the byte order mark already written. Closing the printer closes the
     * stream; flush it instead to leave the stream (a ZIP entry) open.
     */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new CSVPrinter(writer, FORMAT);
    }

    /**
     * A text as a spreadsheet cell. Names and reasons are typed by people; one that starts like a
     * formula ("=HYPERLINK(...)") would be run by Excel when the file is opened, so it is kept as
     * text with a leading apostrophe, which Excel hides.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
