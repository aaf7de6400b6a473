package app.plateau.audit;

import java.time.Duration;

/** One part of an audit pack was written in full, and how long it took: for operators' figures. */
public record AuditPackWritten(long siteId, Part part, Duration took) {

    public enum Part {
        PDF, ZIP
    }
}
