package app.plateau.hygiene;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A template done on a floor every day at a time of the site's zone. */
@Entity
@Table(name = "hygiene_schedule")
public class HygieneSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private Long templateId;

    @Column(name = "floor_id", nullable = false, updatable = false)
    private Long floorId;

    @Column(name = "time_of_day", nullable = false, updatable = false)
    private LocalTime timeOfDay;

    protected HygieneSchedule() {
    }

    HygieneSchedule(long templateId, long floorId, LocalTime timeOfDay) {
        this.templateId = templateId;
        this.floorId = floorId;
        this.timeOfDay = timeOfDay;
    }

    public Long getId() {
        return id;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public Long getFloorId() {
        return floorId;
    }

    public LocalTime getTimeOfDay() {
        return timeOfDay;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof HygieneSchedule schedule && id != null && id.equals(schedule.id));
    }

    @Override
    public int hashCode() {
        return HygieneSchedule.class.hashCode();
    }
}
