package app.plateau.audit;

import app.plateau.base.Csv;
import app.plateau.base.Messages;
import app.plateau.health.HealthStatistics;
import app.plateau.hygiene.HygieneStatistics;
import app.plateau.meeting.MeetingStatistics;
import app.plateau.meeting.WeekShare;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementService;
import app.plateau.occupancy.OccupancyStatistics;
import app.plateau.occupancy.OccupancyStatistics.Closure;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit pack an external auditor takes away: the compliance report as a PDF (a summary page,
 * then one section per measure), and a ZIP of CSV files with the records behind it. Both are
 * written to a stream, a month of the movement journal at a time, with progress reported as the
 * share of the work done, so that a long range neither fills memory nor leaves the reader waiting
 * blind.
 */
@Service
public class AuditPackService {

    private static final String READERS = "hasAnyRole('SITE_MANAGER','AUDITOR')";
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private final ComplianceService compliance;
    private final OccupancyStatistics occupancy;
    private final MeetingStatistics meetings;
    private final MovementService movements;
    private final HealthStatistics health;
    private final HygieneStatistics hygiene;
    private final SiteService sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditPackService(ComplianceService compliance, OccupancyStatistics occupancy, MeetingStatistics meetings,
            MovementService movements, HealthStatistics health, HygieneStatistics hygiene, SiteService sites,
            ApplicationEventPublisher events, Clock clock) {
        this.compliance = compliance;
        this.occupancy = occupancy;
        this.meetings = meetings;
        this.movements = movements;
        this.health = health;
        this.hygiene = hygiene;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** The PDF: a summary page with every measure's evidence, then one section per measure. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public void writePdf(long siteId, LocalDate from, LocalDate to, Locale locale, OutputStream out,
            DoubleConsumer progress) {
        long started = System.nanoTime();
        ComplianceReport report = compliance.report(siteId, from, to);
        ZoneId zone = sites.get(siteId).zoneId();
        progress.accept(0.2);
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false);
            document.addTitle(Messages.get(locale, "audit.pdf.title"));
            document.open();
            document.add(new Paragraph(Messages.get(locale, "audit.pdf.title"), TITLE));
            document.add(new Paragraph(Messages.get(locale, "audit.pdf.subtitle", report.siteName(), from, to), BODY));
            document.add(new Paragraph(Messages.get(locale, "audit.pdf.generated",
                    LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES),
                    CurrentUser.get().displayName()), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(Messages.get(locale, "audit.pdf.summary"), HEADING));
            PdfPTable summary = new PdfPTable(new float[] {3, 5, 2});
            summary.setWidthPercentage(100);
            summary.setSpacingBefore(8);
            header(summary, locale, "compliance.column.measure", "compliance.column.evidence",
                    "compliance.column.rule");
            for (MeasureRow row : report.rows()) {
                summary.addCell(cell(Messages.get(locale, row.measure().messageKey()), BOLD));
                summary.addCell(cell(figures(row, locale), BODY));
                summary.addCell(cell(rule(row, locale), BODY));
            }
            document.add(summary);
            progress.accept(0.5);
            for (MeasureRow row : report.rows()) {
                document.newPage();
                document.add(new Paragraph(Messages.get(locale, row.measure().messageKey()), HEADING));
                document.add(new Paragraph(Messages.get(locale, "audit.pdf.why." + row.measure().name()), BODY));
                PdfPTable table = new PdfPTable(new float[] {5, 2});
                table.setWidthPercentage(100);
                table.setSpacingBefore(8);
                for (Figure figure : row.figures()) {
                    table.addCell(cell(Messages.get(locale, figure.labelKey()), BODY));
                    table.addCell(cell(figure.formatted(locale), BOLD));
                }
                document.add(table);
                details(document, row.measure(), siteId, from, to, zone, locale);
            }
            progress.accept(0.9);
        } catch (DocumentException e) {
            throw new IllegalStateException("the audit pack PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        progress.accept(1.0);
        written(siteId, AuditPackWritten.Part.PDF, started);
    }

    /**
     * The ZIP of CSV files: the summary, the remote-meeting weeks, the floor closures, the
     * temperature checks per day (counts only), the hygiene rounds and corrective actions, and the
     * movement journal of the range in files of at most 31 days (requests, decisions, refusals at
     * the cap, closures, check-ins and check-outs), each as the history screen exports it. Every
     * moment is the site's time with its offset ({@link Csv#TIME}), under a header naming the site's
     * zone; days are written {@code 2026-12-07}.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public void writeZip(long siteId, LocalDate from, LocalDate to, Locale locale, OutputStream out,
            DoubleConsumer progress) {
        long started = System.nanoTime();
        ComplianceReport report = compliance.report(siteId, from, to);
        ZoneId zone = sites.get(siteId).zoneId();
        long chunks = ChronoUnit.DAYS.between(from, to) / MovementService.MAX_DAYS + 1;
        double steps = 6 + chunks;
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, "synthese.csv", csv -> {
                csv.row(Messages.get(locale, "compliance.column.measure"),
                        Messages.get(locale, "audit.csv.figure"), Messages.get(locale, "audit.csv.value"));
                for (MeasureRow row : report.rows()) {
                    for (Figure figure : row.figures()) {
                        csv.row(Messages.get(locale, row.measure().messageKey()),
                                Messages.get(locale, figure.labelKey()), figure.formatted(locale));
                    }
                }
            });
            progress.accept(1 / steps);
            entry(zip, "reunions-par-semaine.csv", csv -> {
                csv.row(Messages.get(locale, "audit.csv.week"), Messages.get(locale, "compliance.meetings.remote"),
                        Messages.get(locale, "compliance.meetings.physical"));
                for (WeekShare week : weeks(siteId, from, to)) {
                    csv.row(week.monday(), week.virtual(), week.physical());
                }
            });
            progress.accept(2 / steps);
            entry(zip, "fermetures.csv", csv -> {
                csv.row(Messages.get(locale, "audit.csv.floor"),
                        Csv.timeColumn(locale, "audit.csv.closed-at", zone),
                        Csv.timeColumn(locale, "audit.csv.reopened-at", zone),
                        Messages.get(locale, "audit.csv.minutes"), Messages.get(locale, "audit.csv.reason"));
                for (Closure closure : occupancy.closures(siteId, from, to)) {
                    csv.row(closure.floorName(), closure.closedAt().atZone(zone),
                            closure.reopenedAt() == null ? null : closure.reopenedAt().atZone(zone),
                            closure.duration().toMinutes(), closure.reason());
                }
            });
            progress.accept(3 / steps);
            // Health data leaves Plateau as counts only: no name, no value, no symptom.
            entry(zip, "controles-temperature-par-jour.csv", csv -> {
                csv.row(Messages.get(locale, "audit.csv.day"),
                        Messages.get(locale, "compliance.temperature.checks"));
                for (var day : health.summary(siteId, from, to).checksPerDay().entrySet()) {
                    csv.row(day.getKey(), day.getValue());
                }
            });
            progress.accept(4 / steps);
            entry(zip, "tournees.csv", csv -> {
                csv.row(Messages.get(locale, "audit.csv.floor"), Messages.get(locale, "audit.csv.template"),
                        Csv.timeColumn(locale, "audit.csv.scheduled-at", zone),
                        Messages.get(locale, "audit.csv.status"),
                        Csv.timeColumn(locale, "audit.csv.completed-at", zone),
                        Messages.get(locale, "audit.csv.completed-by"), Messages.get(locale, "audit.csv.failed-items"));
                for (HygieneStatistics.RoundRecord round : hygiene.rounds(siteId, from, to)) {
                    csv.row(round.floorName(), round.templateName(), round.scheduledAt(),
                            Messages.get(locale, round.status().messageKey()), round.completedAt(),
                            round.completedBy(), round.failedItems());
                }
            });
            progress.accept(5 / steps);
            entry(zip, "actions-correctives.csv", csv -> {
                csv.row(Messages.get(locale, "audit.csv.floor"), Messages.get(locale, "audit.csv.item"),
                        Messages.get(locale, "audit.csv.critical"), Messages.get(locale, "audit.csv.failure"),
                        Messages.get(locale, "audit.csv.action"), Messages.get(locale, "audit.csv.owner"),
                        Messages.get(locale, "audit.csv.deadline"), Csv.timeColumn(locale, "audit.csv.opened-at", zone),
                        Messages.get(locale, "audit.csv.opened-by"),
                        Csv.timeColumn(locale, "audit.csv.action-closed-at", zone),
                        Messages.get(locale, "audit.csv.closed-by"), Messages.get(locale, "audit.csv.closing-note"));
                for (HygieneStatistics.ActionRecord action : hygiene.actions(siteId, from, to)) {
                    csv.row(action.floorName(), action.itemLabel(),
                            Messages.get(locale, action.critical() ? "audit.csv.yes" : "audit.csv.no"),
                            action.failureNote(), action.action(), action.owner(), action.deadline(),
                            action.openedAt(), action.openedBy(), action.closedAt(), action.closedBy(),
                            action.closingNote());
                }
            });
            progress.accept(6 / steps);
            int done = 0;
            for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(MovementService.MAX_DAYS)) {
                LocalDate end = start.plusDays(MovementService.MAX_DAYS - 1L).isAfter(to) ? to
                        : start.plusDays(MovementService.MAX_DAYS - 1L);
                zip.putNextEntry(new ZipEntry("journal-" + start + "-" + end + ".csv"));
                movements.writeCsv(new MovementFilter(siteId, start, end, null, null), locale, zip);
                zip.closeEntry();
                progress.accept((6 + ++done) / steps);
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(1.0);
        written(siteId, AuditPackWritten.Part.ZIP, started);
    }

    private void written(long siteId, AuditPackWritten.Part part, long startedNanos) {
        events.publishEvent(new AuditPackWritten(siteId, part, Duration.ofNanos(System.nanoTime() - startedNanos)));
    }

    @FunctionalInterface
    private interface Rows {
        void print(Csv csv) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Csv csv = Csv.on(zip);
        rows.print(csv);
        csv.flush();
        zip.closeEntry();
    }

    private List<WeekShare> weeks(long siteId, LocalDate from, LocalDate to) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int count = (int) Math.min(MeetingStatistics.MAX_WEEKS, ChronoUnit.WEEKS.between(monday, to) + 1);
        return meetings.weeklyShare(siteId, monday, count);
    }

    private void details(Document document, Measure measure, long siteId, LocalDate from, LocalDate to, ZoneId zone,
            Locale locale) throws DocumentException {
        if (measure == Measure.REMOTE_MEETINGS) {
            PdfPTable table = new PdfPTable(3);
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            header(table, locale, "audit.csv.week", "compliance.meetings.remote", "compliance.meetings.physical");
            for (WeekShare week : weeks(siteId, from, to)) {
                table.addCell(cell(Messages.get(locale, "audit.pdf.week-of", week.monday()), BODY));
                table.addCell(cell(String.valueOf(week.virtual()), BODY));
                table.addCell(cell(String.valueOf(week.physical()), BODY));
            }
            document.add(table);
        } else if (measure == Measure.TEMPERATURE) {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingBefore(12);
            header(table, locale, "audit.csv.day", "compliance.temperature.checks");
            for (var day : health.summary(siteId, from, to).checksPerDay().entrySet()) {
                table.addCell(cell(Messages.get(locale, "audit.pdf.day", day.getKey()), BODY));
                table.addCell(cell(String.valueOf(day.getValue()), BODY));
            }
            document.add(table);
        } else if (measure == Measure.FLOOR_CLOSURES) {
            List<Closure> closures = occupancy.closures(siteId, from, to);
            if (closures.isEmpty()) {
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {2, 3, 3, 2, 4});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            header(table, locale, "audit.csv.floor", "audit.csv.closed-at", "audit.csv.reopened-at",
                    "audit.csv.minutes", "audit.csv.reason");
            for (Closure closure : closures) {
                table.addCell(cell(closure.floorName(), BODY));
                table.addCell(cell(local(closure.closedAt(), zone, locale), BODY));
                table.addCell(cell(closure.reopenedAt() == null ? Messages.get(locale, "compliance.closures.still-closed")
                        : local(closure.reopenedAt(), zone, locale), BODY));
                table.addCell(cell(String.valueOf(closure.duration().toMinutes()), BODY));
                table.addCell(cell(closure.reason() == null ? "" : closure.reason(), BODY));
            }
            document.add(table);
        }
    }

    private static void header(PdfPTable table, Locale locale, String... keys) {
        for (String key : keys) {
            PdfPCell cell = cell(Messages.get(locale, key), BOLD);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static String figures(MeasureRow row, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Figure figure : row.figures()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(Messages.get(locale, "compliance.figure", Messages.get(locale, figure.labelKey()),
                    figure.formatted(locale)));
        }
        return text.toString();
    }

    private static String rule(MeasureRow row, Locale locale) {
        String rule = Messages.get(locale, row.measure().ruleKey());
        if (row.withinRule() == null) {
            return rule;
        }
        return rule + "\n" + Messages.get(locale, row.withinRule() ? "compliance.rule.kept" : "compliance.rule.broken");
    }

    private static String local(java.time.Instant instant, ZoneId zone, Locale locale) {
        return Messages.get(locale, "audit.pdf.at", LocalDateTime.ofInstant(instant, zone)
                .truncatedTo(ChronoUnit.MINUTES));
    }
}
