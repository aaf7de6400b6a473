package app.plateau.occupancy.ui;

import static app.plateau.base.ui.Svg.escape;
import static app.plateau.base.ui.Svg.line;
import static app.plateau.base.ui.Svg.number;
import static app.plateau.base.ui.Svg.step;

import app.plateau.base.Dates;
import app.plateau.occupancy.Board;
import app.plateau.occupancy.Board.Step;
import app.plateau.occupancy.FloorLoad;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Today's occupancy of a site's floors as an SVG step chart, drawn on the server from the board's
 * steps: no chart library and no script reach the browser. A pure function, so it is tested
 * without a UI; every text it is given is escaped, as floor names are typed by people.
 */
final class OccupancyChart {

    static final int WIDTH = 960;
    static final int PLOT_HEIGHT = 280;
    /**
     * Floors are told apart by colour: hues far apart from each other, and none of the green, amber
     * and red that mean "room", "nearly full" and "full" on the board's cards. A floor keeps its colour
     * as long as the site's floors stay the same, as colours follow the floors' order by level; a site
     * with more floors than colours reuses them in order.
     */
    static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#7c3aed", "#56b4e9", "#cc79a7",
            "#8c564b", "#0f766e", "#d55e00");
    /** Nobody on a floor is neither good nor bad news: a zero is drawn in grey, whatever the floor's colour. */
    static final String NEUTRAL = "#8a94a3";
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

    /** A line per floor of the board, in the board's order of floors, which gives each its colour. */
    static List<Series> series(Board board, Function<FloorLoad, String> legend) {
        return board.floors().stream()
                .map(load -> new Series(load.floorId(), legend.apply(load), load.cap(),
                        board.today().getOrDefault(load.floorId(), List.of())))
                .toList();
    }

    /** The span of the chart, from start to end, and now, where the lines stop. */
    record Day(Instant start, Instant end, Instant now, ZoneId zone) {

        /** The whole calendar day that starts at {@code start}. */
        static Day of(Instant start, Instant now, ZoneId zone) {
            Instant end = LocalDate.ofInstant(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
            return new Day(start, end, now, zone);
        }

        /** {@code dayEnd} is the site's calendar end of day, or null when the site works in periods of its own. */
        static Day working(Board board, LocalTime dayEnd, ZoneId zone) {
            if (dayEnd == null) {
                return working(board.dayStart(), board.now(), board.today().values(), board.dayEnd(), board.dayEnd(),
                        zone);
            }
            return working(board.dayStart(), board.now(), board.today().values(), dayEnd, zone);
        }

        static Day working(Instant dayStart, Instant now, Collection<List<Step>> floors, LocalTime dayEnd,
                ZoneId zone) {
            LocalDate date = LocalDate.ofInstant(dayStart, zone);
            return working(dayStart, now, floors, date.atTime(dayEnd).atZone(zone).toInstant(),
                    date.plusDays(1).atStartOfDay(zone).toInstant(), zone);
        }

        /**
         * The site's working hours today, the one place that decides them: from the hour of the first
         * arrival (from the start of the day if someone stayed overnight, from now's hour before anyone
         * came) to the planned end (the site's end of day, or its working period's end), or on to now's
         * next hour when the day runs late, never past the period's last instant.
         */
        private static Day working(Instant dayStart, Instant now, Collection<List<Step>> floors, Instant plannedEnd,
                Instant periodEnd, ZoneId zone) {
            boolean overnight = floors.stream().anyMatch(steps -> !steps.isEmpty()
                    && !steps.get(0).at().isAfter(dayStart) && steps.get(0).count() > 0);
            Instant first = overnight ? dayStart : floors.stream().flatMap(List::stream)
                    .filter(step -> step.at().isAfter(dayStart)).map(Step::at).min(Instant::compareTo).orElse(now);
            ZonedDateTime from = first.atZone(zone).truncatedTo(ChronoUnit.HOURS);
            Instant start = from.toInstant().isBefore(dayStart) ? dayStart : from.toInstant();
            Instant end = plannedEnd;
            if (!end.isAfter(now)) {
                ZonedDateTime next = now.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
                end = next.toInstant().isAfter(periodEnd) ? periodEnd : next.toInstant();
            }
            if (!end.isAfter(start)) {
                start = end.minus(Duration.ofHours(1));
            }
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
        List<Instant> hours = hourTicks(day);
        for (Instant hour : hours) {
            double x = scale.x(hour);
            svg.append(line(x, TOP, x, plotBottom));
        }
        svg.append("</g>");

        svg.append("<g class=\"axis\" fill=\"#4a5563\">");
        for (int value = 0; value <= yMax; value += tick) {
            svg.append("<text x=\"").append(plotLeft - 8).append("\" y=\"").append(number(scale.y(value) + 4))
                    .append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        for (Instant hour : hours) {
            svg.append("<text x=\"").append(number(scale.x(hour))).append("\" y=\"")
                    .append(plotBottom + 18).append("\" text-anchor=\"middle\">")
                    .append(hourLabel(day, hour)).append("</text>");
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
            String colour = colour(i);
            svg.append("<line class=\"cap\" data-floor=\"").append(floor.floorId()).append("\" x1=\"")
                    .append(plotLeft).append("\" y1=\"").append(number(scale.y(floor.cap()))).append("\" x2=\"")
                    .append(plotRight).append("\" y2=\"").append(number(scale.y(floor.cap())))
                    .append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
            svg.append("<path class=\"series\" data-floor=\"").append(floor.floorId()).append("\" d=\"")
                    .append(path(floor.steps(), scale)).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
            String zeros = zeros(floor.steps(), scale);
            if (!zeros.isEmpty()) {
                svg.append("<path class=\"zero\" data-floor=\"").append(floor.floorId()).append("\" d=\"")
                        .append(zeros).append("\" fill=\"none\" stroke=\"").append(NEUTRAL)
                        .append("\" stroke-width=\"2.5\"/>");
            }
        }

        svg.append("<g class=\"legend\" fill=\"#1f2933\">");
        double columnWidth = (plotRight - plotLeft) / (double) LEGEND_COLUMNS;
        for (int i = 0; i < series.size(); i++) {
            String colour = colour(i);
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

    /** The colour of the i-th floor in the site's order, the same on the board, the wall and their legends. */
    static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /**
     * The stretches where a floor stood empty, to draw over its line in {@link #NEUTRAL}: several
     * empty floors would otherwise lie on the axis in whichever colour was drawn last.
     */
    private static String zeros(List<Step> steps, Scale scale) {
        StringBuilder d = new StringBuilder();
        List<Step> levels = steps.isEmpty() ? List.of(new Step(scale.day().start(), 0)) : steps;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).count() != 0) {
                continue;
            }
            Instant until = i + 1 < levels.size() ? levels.get(i + 1).at() : scale.day().now();
            double from = scale.x(levels.get(i).at());
            double to = scale.x(until);
            if (to > from) {
                d.append(d.isEmpty() ? "" : " ").append('M').append(number(from)).append(' ')
                        .append(number(scale.y(0))).append(" H").append(number(to));
            }
        }
        return d.toString();
    }

    /**
     * Whole hours of the site's clock across the span, on multiples of one, two or three hours
     * as the span grows, so labels never crowd.
     */
    private static List<Instant> hourTicks(Day day) {
        long spanHours = Math.max(1, Duration.between(day.start(), day.end()).toHours());
        int every = spanHours <= 8 ? 1 : spanHours <= 16 ? 2 : HOURS_PER_TICK;
        List<Instant> ticks = new ArrayList<>();
        ZonedDateTime hour = day.start().atZone(day.zone()).truncatedTo(ChronoUnit.HOURS);
        if (hour.toInstant().isBefore(day.start())) {
            hour = hour.plusHours(1);
        }
        while (!hour.toInstant().isAfter(day.end())) {
            if (hour.getHour() % every == 0) {
                ticks.add(hour.toInstant());
            }
            hour = hour.plusHours(1);
        }
        return ticks;
    }

    /** 24-hour labels; the midnight that ends the day reads 24:00, not 00:00. */
    private static String hourLabel(Day day, Instant hour) {
        ZonedDateTime local = hour.atZone(day.zone());
        boolean endOfDay = local.getHour() == 0 && local.toLocalDate().isAfter(LocalDate.ofInstant(day.start(), day.zone()));
        return endOfDay ? "24:00" : Dates.time(Locale.ROOT, local.toLocalTime());
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
