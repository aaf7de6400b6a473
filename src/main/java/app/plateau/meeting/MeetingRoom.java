package app.plateau.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room where a physical meeting may be held by exception, with its own sanitary cap. */
@Entity
@Table(name = "meeting_room")
public class MeetingRoom {

    public static final int NAME_MAX = 60;
    public static final int CAP_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Min(1)
    @Max(CAP_MAX)
    @Column(name = "sanitary_cap", nullable = false)
    private int sanitaryCap;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected MeetingRoom() {
    }

    public MeetingRoom(Long siteId, String name, int sanitaryCap) {
        this.siteId = siteId;
        this.name = name;
        this.sanitaryCap = sanitaryCap;
    }

    public static MeetingRoom draft(Long siteId) {
        MeetingRoom room = new MeetingRoom();
        room.siteId = siteId;
        room.sanitaryCap = 6;
        return room;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSanitaryCap() {
        return sanitaryCap;
    }

    public void setSanitaryCap(int sanitaryCap) {
        this.sanitaryCap = sanitaryCap;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingRoom room && id != null && id.equals(room.id);
    }

    @Override
    public int hashCode() {
        return MeetingRoom.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
