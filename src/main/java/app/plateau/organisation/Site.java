package app.plateau.organisation;

import app.plateau.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A contact centre: a building with floors, teams and people, in one time zone. */
@Entity
public class Site {

    public static final int NAME_MAX = 100;
    public static final int CITY_MAX = 100;
    public static final String DEFAULT_TIME_ZONE = "Africa/Casablanca";
    public static final LocalTime DEFAULT_DAY_END = LocalTime.of(23, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = CITY_MAX)
    @Column(nullable = false, length = CITY_MAX)
    private String city;

    @NotBlank
    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = DEFAULT_TIME_ZONE;

    /** When the working day ends: whoever is still checked in then is checked out by the system. */
    @NotNull
    @Column(name = "day_end", nullable = false)
    private LocalTime dayEnd = DEFAULT_DAY_END;

    /** When working periods start ("06:00 14:00 22:00"); empty for calendar days. */
    @Column(name = "period_starts", nullable = false, length = 60)
    private String periodStarts = "";

    @Version
    private long version;

    protected Site() {
    }

    public Site(String name, String city) {
        this.name = name;
        this.city = city;
    }

    /** A new site for a form to fill in, in the default time zone. */
    public static Site draft() {
        return new Site();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? null : city.strip();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new DomainException("site.error.time-zone", timeZone);
            }
        }
        this.timeZone = timeZone;
    }

    public LocalTime getDayEnd() {
        return dayEnd;
    }

    public void setDayEnd(LocalTime dayEnd) {
        this.dayEnd = dayEnd;
    }

    /** The period starts as typed in the site form; {@link #periodStartTimes()} reads them. */
    public String getPeriodStarts() {
        return periodStarts;
    }

    /** Checks and stores the starts in day order ("06:00 14:00 22:00"); blank for calendar days. */
    public void setPeriodStarts(String periodStarts) {
        this.periodStarts = periodStarts == null ? "" : WorkingPeriod.format(WorkingPeriod.parse(periodStarts));
    }

    public List<LocalTime> periodStartTimes() {
        return WorkingPeriod.parse(periodStarts);
    }

    /** Whether the site works in periods of its own (shifts) rather than calendar days ending at {@link #getDayEnd()}. */
    public boolean worksInPeriods() {
        return !periodStarts.isEmpty();
    }

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Site site && id != null && id.equals(site.id));
    }

    @Override
    public int hashCode() {
        return Site.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
