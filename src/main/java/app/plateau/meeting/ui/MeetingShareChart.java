package app.plateau.meeting.ui;

import static app.plateau.base.ui.Svg.escape;
import static app.plateau.base.ui.Svg.line;
import static app.plateau.base.ui.Svg.number;
import static app.plateau.base.ui.Svg.step;

import java.util.List;
import java.util.Locale;

/**
 * Meetings per week as an SVG bar chart drawn on the server, like the occupancy chart: one bar per
 * week, meetings held remotely at the bottom and in a room on top, the share held remotely above.
 * A pure function, tested without a UI; every text it is given is escaped.
 */
final class MeetingShareChart {

    static final int WIDTH = 960;
    static final int PLOT_HEIGHT = 240;
    static final String VIRTUAL_COLOUR = "#1f6f9f";
    static final String PHYSICAL_COLOUR = "#c2410c";
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 28;
    private static final int BELOW_PLOT = 40;
    private static final int LEGEND_HEIGHT = 28;
    private static final double BAR_SHARE = 0.6;

    private MeetingShareChart() {
    }

    /** One week: its axis label, its counts, and the share already written out ("96 %", or a dash). */
    record Bar(String label, long virtual, long physical, String share, String tooltip) {
    }

    record Labels(String title, String yAxis, String virtual, String physical) {
    }

    static String svg(List<Bar> bars, Labels labels) {
        int plotLeft = LEFT;
        int plotRight = WIDTH - RIGHT;
        int plotBottom = TOP + PLOT_HEIGHT;
        int legendTop = plotBottom + BELOW_PLOT;
        int height = legendTop + LEGEND_HEIGHT;
        long top = bars.stream().mapToLong(bar -> bar.virtual() + bar.physical()).max().orElse(0);
        long tick = step(Math.max(top, 1));
        long yMax = Math.max(tick, (top + tick - 1) / tick * tick);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"meeting-share-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" font-size=\"13\">");
        svg.append("<title>").append(escape(labels.title())).append("</title>");

        svg.append("<g class=\"grid\" stroke=\"#d9dde3\" stroke-width=\"1\">");
        for (long value = 0; value <= yMax; value += tick) {
            double y = y(value, yMax, plotBottom);
            svg.append(line(plotLeft, y, plotRight, y));
        }
        svg.append("</g>");

        svg.append("<g class=\"axis\" fill=\"#4a5563\">");
        for (long value = 0; value <= yMax; value += tick) {
            svg.append("<text x=\"").append(plotLeft - 8).append("\" y=\"")
                    .append(number(y(value, yMax, plotBottom) + 4)).append("\" text-anchor=\"end\">").append(value)
                    .append("</text>");
        }
        svg.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"")
                .append(number(-(TOP + PLOT_HEIGHT / 2.0))).append("\" y=\"16\" text-anchor=\"middle\">")
                .append(escape(labels.yAxis())).append("</text>");
        svg.append("</g>");

        double slot = bars.isEmpty() ? 0 : (plotRight - plotLeft) / (double) bars.size();
        double width = slot * BAR_SHARE;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = plotLeft + i * slot + (slot - width) / 2;
            double virtualTop = y(bar.virtual(), yMax, plotBottom);
            double physicalTop = y(bar.virtual() + bar.physical(), yMax, plotBottom);
            svg.append("<g class=\"week\"><title>").append(escape(bar.tooltip())).append("</title>");
            svg.append("<rect class=\"virtual\" x=\"").append(number(x)).append("\" y=\"").append(number(virtualTop))
                    .append("\" width=\"").append(number(width)).append("\" height=\"")
                    .append(number(plotBottom - virtualTop)).append("\" fill=\"").append(VIRTUAL_COLOUR)
                    .append("\"/>");
            svg.append("<rect class=\"physical\" x=\"").append(number(x)).append("\" y=\"")
                    .append(number(physicalTop)).append("\" width=\"").append(number(width)).append("\" height=\"")
                    .append(number(virtualTop - physicalTop)).append("\" fill=\"").append(PHYSICAL_COLOUR)
                    .append("\"/>");
            svg.append("<text class=\"share\" x=\"").append(number(x + width / 2)).append("\" y=\"")
                    .append(number(physicalTop - 6)).append("\" text-anchor=\"middle\" fill=\"#1f2933\">")
                    .append(escape(bar.share())).append("</text>");
            svg.append("<text class=\"week-label\" x=\"").append(number(x + width / 2)).append("\" y=\"")
                    .append(plotBottom + 18).append("\" text-anchor=\"middle\" fill=\"#4a5563\">")
                    .append(escape(bar.label())).append("</text></g>");
        }
        svg.append("<g class=\"axes\" stroke=\"#4a5563\" stroke-width=\"1\">")
                .append(line(plotLeft, TOP, plotLeft, plotBottom))
                .append(line(plotLeft, plotBottom, plotRight, plotBottom)).append("</g>");

        svg.append("<g class=\"legend\" fill=\"#1f2933\">");
        legend(svg, plotLeft, legendTop, VIRTUAL_COLOUR, labels.virtual());
        legend(svg, plotLeft + (plotRight - plotLeft) / 2.0, legendTop, PHYSICAL_COLOUR, labels.physical());
        svg.append("</g></svg>");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, double x, int y, String colour, String text) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y - 11)
                .append("\" width=\"14\" height=\"14\" fill=\"").append(colour).append("\"/>");
        svg.append("<text x=\"").append(number(x + 20)).append("\" y=\"").append(y).append("\">")
                .append(escape(text)).append("</text>");
    }

    private static double y(long count, long yMax, int bottom) {
        return bottom - (double) count / yMax * PLOT_HEIGHT;
    }




}
