package app.plateau.audit;

import java.time.LocalDate;
import java.util.List;

/** The evidence of every measure for one site over a range of days. */
public record ComplianceReport(long siteId, String siteName, LocalDate from, LocalDate to, List<MeasureRow> rows) {
}
