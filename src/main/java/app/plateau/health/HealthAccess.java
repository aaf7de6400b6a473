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
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    public String getDetail() {
        return detail;
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
