package app.plateau.health;

import app.plateau.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A temperature check of a person. The measured value is kept only above the threshold: a
 * cleared check says no more than that the person was checked, when, and by whom. A check above
 * the threshold keeps the person off the floors until the health officer clears it.
 */
@Entity
@Table(name = "health_temperature_check")
class TemperatureCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private CheckMoment moment;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private CheckResult result;

    @Column(updatable = false, precision = 4, scale = 1)
    private BigDecimal temperature;

    @Column(name = "checked_by", nullable = false, updatable = false, length = 120)
    private String checkedBy;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_by", length = 120)
    private String clearedBy;

    protected TemperatureCheck() {
    }

    TemperatureCheck(Person person, Instant at, CheckMoment moment, CheckResult result, BigDecimal temperature,
            String checkedBy) {
        this.siteId = person.getSite().getId();
        this.person = person;
        this.at = at;
        this.moment = moment;
        this.result = result;
        // Data minimisation: a cleared check never stores what was measured.
        this.temperature = result == CheckResult.ABOVE_THRESHOLD ? temperature : null;
        this.checkedBy = checkedBy;
    }

    void clear(Instant when, String who) {
        this.clearedAt = when;
        this.clearedBy = who;
    }

    boolean isBlocking() {
        return result == CheckResult.ABOVE_THRESHOLD && clearedAt == null;
    }

    Long getId() {
        return id;
    }

    Long getSiteId() {
        return siteId;
    }

    Person getPerson() {
        return person;
    }

    Instant getAt() {
        return at;
    }

    CheckMoment getMoment() {
        return moment;
    }

    CheckResult getResult() {
        return result;
    }

    BigDecimal getTemperature() {
        return temperature;
    }

    String getCheckedBy() {
        return checkedBy;
    }

    Instant getClearedAt() {
        return clearedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemperatureCheck check && id != null && id.equals(check.id);
    }

    @Override
    public int hashCode() {
        return TemperatureCheck.class.hashCode();
    }
}
