package app.plateau.occupancy.ui;

import static app.plateau.base.ui.Svg.escape;
import static app.plateau.base.ui.Svg.line;
import static app.plateau.base.ui.Svg.number;
import static app.plateau.base.ui.Svg.step;

import app.plateau.occupancy.Board.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Today's occupancy of a site's floors as an SVG step chart, drawn on the server from the board's
 * steps: no chart library and no script reach the browser. A pure function, so it is tested
 * without a UI; every text it is given is escaped, as floor names are typed by people.
 */
final class OccupancyChart {

    static final int WIDTH = 960;
    static final int PLOT_HEIGHT = 280;
    /** Floors are told apart by colour; a site with more floors than colours reuses them in order. */
    static final List<String> PALETTE = List.of("#1f6f9f", "#c2410c", "#15803d", "#7c3aed", "#b91c1c",
            "#0f766e", "#a16207", "#be185d");
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BELOW_PLOT = 56;
    private static final int LEGEND_COLUMNS = 3;
    private static final int LEGEND_ROW = 24;
    private static final int LEGEND_TEXT_MAX = 40;
    private static final int HOURS_PER_TICK = 3;

    private OccupancyChart() {
    }

    /** One floor's line: its legend text (name and cap, already translated), its cap and its steps. */
    record Series(long floorId, String legend, int cap, List<Step> steps) {
    }

    /** The site's day: the chart spans it from start to end, and the lines stop at now. */
    record Day(Instant start, Instant end, Instant now, ZoneId zone) {

        static Day of(Instant start, Instant now, ZoneId zone) {
            Instant end = LocalDate.ofInstant(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
            return new Day(start, end, now, zone);
        }
    }

    record Labels(String title, String xAxis, String yAxis) {
    }

    static String svg(List<Series> series, Day day, Labels labels) {
        int plotLeft = LEFT;
        int plotRight = WIDTH - RIGHT;
        int plotBottom = TOP + PLOT_HEIGHT;
        int legendTop = plotBottom + BELOW_PLOT;
        int rows = (series.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int height = legendTop + rows * LEGEND_ROW + 8;
        int top = series.stream().mapToInt(line -> Math.max(line.cap(),
                line.steps().stream().mapToInt(Step::count).max().orElse(0))).max().orElse(0);
        int tick = (int) step(Math.max(top, 1));
        int yMax = Math.max(tick, (top + tick - 1) / tick * tick);
        Scale scale = new Scale(day, plotLeft, plotRight, plotBottom, yMax);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"occupancy-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" font-size=\"13\">");
        svg.append("<title>").append(escape(labels.title())).append("</title>");

        svg.append("<g class=\"grid\" stroke=\"#d9dde3\" stroke-width=\"1\">");
        for (int value = 0; value <= yMax; value += tick) {
            svg.append(line(plotLeft, scale.y(value), plotRight, scale.y(value)));
        }
        for (int hour = 0; hour <= 24; hour += HOURS_PER_TICK) {
            double x = scale.x(hourOf(day, hour));
            svg.append(line(x, TOP, x, plotBottom));
        }
        svg.append("</g>");

        svg.append("<g class=\"axis\" fill=\"#4a5563\">");
        for (int value = 0; value <= yMax; value += tick) {
            svg.append("<text x=\"").append(plotLeft - 8).append("\" y=\"").append(number(scale.y(value) + 4))
                    .append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        for (int hour = 0; hour <= 24; hour += HOURS_PER_TICK) {
            svg.append("<text x=\"").append(number(scale.x(hourOf(day, hour)))).append("\" y=\"")
                    .append(plotBottom + 18).append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.ROOT, "%02d:00", hour)).append("</text>");
        }
        svg.append("<text class=\"axis-label\" x=\"").append(number((plotLeft + plotRight) / 2.0)).append("\" y=\"")
                .append(plotBottom + 40).append("\" text-anchor=\"middle\">").append(escape(labels.xAxis()))
                .append("</text>");
        svg.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"")
                .append(number(-(TOP + PLOT_HEIGHT / 2.0))).append("\" y=\"16\" text-anchor=\"middle\">")
                .append(escape(labels.yAxis())).append("</text>");
        svg.append("</g>");
        svg.append("<g class=\"axes\" stroke=\"#4a5563\" stroke-width=\"1\">")
                .append(line(plotLeft, TOP, plotLeft, plotBottom))
                .append(line(plotLeft, plotBottom, plotRight, plotBottom)).append("</g>");

        for (int i = 0; i < series.size(); i++) {
            Series floor = series.get(i);
            String colour = PALETTE.get(i % PALETTE.size());
            svg.append("<line class=\"cap\" data-floor=\"").append(floor.floorId()).append("\" x1=\"")
                    .append(plotLeft).append("\" y1=\"").append(number(scale.y(floor.cap()))).append("\" x2=\"")
                    .append(plotRight).append("\" y2=\"").append(number(scale.y(floor.cap())))
                    .append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
            svg.append("<path class=\"series\" data-floor=\"").append(floor.floorId()).append("\" d=\"")
                    .append(path(floor.steps(), scale)).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        }

        svg.append("<g class=\"legend\" fill=\"#1f2933\">");
        double columnWidth = (plotRight - plotLeft) / (double) LEGEND_COLUMNS;
        for (int i = 0; i < series.size(); i++) {
            String colour = PALETTE.get(i % PALETTE.size());
            double x = plotLeft + (i % LEGEND_COLUMNS) * columnWidth;
            int y = legendTop + (i / LEGEND_COLUMNS) * LEGEND_ROW;
            String legend = series.get(i).legend();
            svg.append("<g class=\"legend-item\"><title>").append(escape(legend)).append("</title>");
            svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                    .append(number(x + 14)).append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"3\"/>");
            svg.append("<line x1=\"").append(number(x + 16)).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                    .append(number(x + 30)).append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
            svg.append("<text x=\"").append(number(x + 36)).append("\" y=\"").append(y).append("\">")
                    .append(escape(shorten(legend))).append("</text></g>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** A step line: level from each change to the next, then on to now. */
    private static String path(List<Step> steps, Scale scale) {
        if (steps.isEmpty()) {
            return "M" + number(scale.x(scale.day().start())) + " " + number(scale.y(0)) + " H"
                    + number(scale.x(scale.day().now()));
        }
        StringBuilder d = new StringBuilder();
        Step first = steps.get(0);
        d.append('M').append(number(scale.x(first.at()))).append(' ').append(number(scale.y(first.count())));
        for (Step step : steps.subList(1, steps.size())) {
            d.append(" H").append(number(scale.x(step.at()))).append(" V").append(number(scale.y(step.count())));
        }
        return d.append(" H").append(number(scale.x(scale.day().now()))).toString();
    }

    /** An hour of the site's clock on its day: on a daylight-saving day, 03:00 still sits where it happened. */
    private static Instant hourOf(Day day, int hour) {
        LocalDate date = LocalDate.ofInstant(day.start(), day.zone());
        return hour >= 24 ? day.end() : date.atTime(hour, 0).atZone(day.zone()).toInstant();
    }




    private static String shorten(String text) {
        return text.length() <= LEGEND_TEXT_MAX ? text : text.substring(0, LEGEND_TEXT_MAX - 1) + "…";
    }


    private record Scale(Day day, int left, int right, int bottom, int yMax) {

        double x(Instant at) {
            double span = Duration.between(day.start(), day.end()).toMillis();
            double offset = Duration.between(day.start(), at).toMillis();
            double share = Math.max(0, Math.min(1, offset / span));
            return left + share * (right - left);
        }

        double y(int count) {
            return bottom - (double) count / yMax * PLOT_HEIGHT;
        }
    }
}
