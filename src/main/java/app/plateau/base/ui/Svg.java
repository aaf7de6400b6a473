package app.plateau.base.ui;

import java.util.Locale;

/** The small pieces every server-drawn chart needs: numbers, escaped text, lines and tick steps. */
public final class Svg {

    private Svg() {
    }

    /** Coordinates with a point whatever the server's locale: "12,5" would break the drawing. */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Text for XML content and attribute values; characters XML cannot carry are dropped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    public static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
                + number(y2) + "\"/>";
    }

    /** A round tick step giving about five lines: 1, 2, 5, 10, 20, 50… */
    public static long step(long max) {
        double raw = max / 5.0;
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.round(nice * magnitude);
    }
}
