package app.plateau.health;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import app.plateau.base.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the health access log: a read of a health record or of a list of them, or a deletion
 * by retention. A read keeps everyone whose data it showed, so "who read X's data" has an answer.
 */
@Entity
@Table(name = "health_read_log")
public class HealthAccess {

    public static final int DETAIL_MAX = 300;
    private static final String DETAIL_PREFIX = "health.log.detail.";
    private static final String SEPARATOR = "|";
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

    /** What was done with health data. */
    public enum Action {
        /** A temperature check, symptom case or their list was read. */
        READ,
        /** A contact list was drawn up (and perhaps exported). */
        CONTACT_LIST,
        /** Health data left Plateau in an export. */
        EXPORT,
        /** The retention job deleted records past their retention; the detail gives the counts. */
        RETENTION_DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 120)
    private String reader;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private Action action;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    /** Everyone whose health data was read, {@code personId} included: as many as the rows read. */
    @ElementCollection
    @CollectionTable(name = "health_read_person", joinColumns = @JoinColumn(name = "read_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new HashSet<>();

    protected HealthAccess() {
    }

    HealthAccess(Long siteId, Instant at, String reader, Action action, Long personId, Collection<Long> personIds,
            String detail) {
        this.siteId = siteId;
        this.at = at;
        this.reader = reader;
        this.action = action;
        this.personId = personId;
        this.personIds.addAll(personIds);
        if (personId != null) {
            this.personIds.add(personId);
        }
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Instant getAt() {
        return at;
    }

    public String getReader() {
        return reader;
    }

    public Action getAction() {
        return action;
    }

    public Long getPersonId() {
        return personId;
    }

    /** The detail as stored: a {@link #detail message key and its arguments}, or free text in older lines. */
    public String getDetail() {
        return detail;
    }

    /** The detail in the reader's language ("Cas ouverts : 3"); older free-text lines as they were written. */
    public String detailText(Locale locale) {
        if (detail == null || !detail.startsWith(DETAIL_PREFIX)) {
            return detail;
        }
        String[] parts = detail.split(Pattern.quote(SEPARATOR), -1);
        Object[] arguments = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            arguments[i - 1] = argument(parts[i]);
        }
        return Messages.get(locale, parts[0], arguments);
    }

    /**
     * A detail kept as a message key of {@code health.log.detail.*} and its arguments (whole numbers
     * and dates), so that the log reads in each reader's language rather than in the language of
     * whoever wrote it: {@code health.log.detail.open-cases|3}.
     */
    static String detail(String name, Object... arguments) {
        StringBuilder text = new StringBuilder(DETAIL_PREFIX).append(name);
        for (Object argument : arguments) {
            text.append(SEPARATOR).append(argument);
        }
        return text.toString();
    }

    private static Object argument(String text) {
        if (WHOLE.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HealthAccess access && id != null && id.equals(access.id);
    }

    @Override
    public int hashCode() {
        return HealthAccess.class.hashCode();
    }
}
