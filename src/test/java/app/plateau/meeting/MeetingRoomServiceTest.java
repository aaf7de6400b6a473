package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@Tag("mariadb")
class MeetingRoomServiceTest extends SignedInServiceTest {

    @Autowired
    MeetingRoomService rooms;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;

    LocalDate tuesday;

    @BeforeEach
    void setUp() {
        tuesday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
        signIn(testSite.username(Role.ADMIN));
    }

    private MeetingRoom draft(String name, Integer cap) {
        MeetingRoom room = MeetingRoom.draft(testSite.site().getId());
        room.setName(name);
        if (cap != null) {
            room.setSanitaryCap(cap);
        }
        return room;
    }

    /** The lead asks for the room for a training with {@code others} attendees. */
    private MeetingDetails request(MeetingRoom room, int others) {
        signIn(testSite.username(Role.TEAM_LEAD));
        Set<Long> people = new HashSet<>();
        for (int i = 0; i < others; i++) {
            people.add(meetingFixtures.member(testSite, "Stagiaire " + i).getId());
        }
        LocalDateTime start = tuesday.atTime(10, 0);
        MeetingDetails asked = meetings.book(new MeetingDraft("Formation premiers secours", null, start,
                start.plusHours(2), MeetingMode.VIDEO, null, people, Set.of(), Recurrence.NONE, null, null, null,
                true).inRoom(room.getId(), "Manipulation du matériel"));
        signIn(testSite.username(Role.ADMIN));
        return asked;
    }

    @Test
    void an_administrator_adds_a_room_and_the_manager_reads_it() {
        rooms.save(draft("Salle Atlas", 6));
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(rooms.page(testSite.site().getId(), PageRequest.of(0, 10)))
                .extracting(MeetingRoom::getName, MeetingRoom::getSanitaryCap)
                .containsExactly(tuple("Salle Atlas", 6));
        assertDenied(() -> rooms.save(draft("Salle Anfa", 10)));
    }

    @Test
    void bad_input_is_refused_with_its_own_message() {
        assertRefused(() -> rooms.save(draft("", 6)), "error.required");
        assertRefused(() -> rooms.save(draft("Salle Atlas", 0)), "error.range");
        assertRefused(() -> rooms.save(draft("Salle Atlas", MeetingRoom.CAP_MAX + 1)), "error.range");
        rooms.save(draft("Salle Atlas", 6));
        assertRefused(() -> rooms.save(draft("SALLE ATLAS", 4)), "meeting-room.error.name-taken");
        assertThat(rooms.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void lowering_the_cap_below_a_coming_meeting_in_the_room_is_refused_naming_it() {
        MeetingRoom room = rooms.save(draft("Salle Anfa", 10));
        request(room, 5);

        MeetingRoom lower = rooms.get(room.getId());
        lower.setSanitaryCap(5);
        assertThatThrownBy(() -> rooms.save(lower)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessageKey()).isEqualTo("meeting-room.error.cap-below-meeting");
            assertThat(refused.getArguments()).containsExactly("Salle Anfa", "Formation premiers secours", 6,
                    tuesday, LocalTime.of(10, 0), 5);
        });
        assertThat(rooms.get(room.getId()).getSanitaryCap()).isEqualTo(10);

        MeetingRoom enough = rooms.get(room.getId());
        enough.setSanitaryCap(6);
        assertThat(rooms.save(enough).getSanitaryCap()).isEqualTo(6);
    }

    @Test
    void a_room_with_a_coming_request_cannot_be_retired_and_one_asked_for_cannot_be_deleted() {
        MeetingRoom room = rooms.save(draft("Salle Anfa", 10));
        MeetingDetails asked = request(room, 2);

        MeetingRoom retire = rooms.get(room.getId());
        retire.setActive(false);
        assertThatThrownBy(() -> rooms.save(retire)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(Messages.get(Messages.FRENCH, refused)).isEqualTo("La salle « Salle Anfa »"
                        + " a encore une réunion demandée ou approuvée à venir : elle ne peut pas être retirée."));
        assertRefused(() -> rooms.delete(room.getId()), "meeting-room.error.used");

        signIn(testSite.username(Role.TEAM_LEAD));
        meetings.cancel(asked.id());
        signIn(testSite.username(Role.ADMIN));
        MeetingRoom retired = rooms.get(room.getId());
        retired.setActive(false);
        assertThat(rooms.save(retired).isActive()).isFalse();
    }

    @Test
    void a_room_never_asked_for_is_deleted_and_another_sites_administrator_cannot_touch_it() {
        MeetingRoom room = rooms.save(draft("Salle Atlas", 6));
        TestSite elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.ADMIN));
        assertDenied(() -> rooms.get(room.getId()));
        assertDenied(() -> rooms.delete(room.getId()));

        signIn(testSite.username(Role.ADMIN));
        rooms.delete(room.getId());
        assertThat(rooms.count(testSite.site().getId())).isZero();
    }
}
