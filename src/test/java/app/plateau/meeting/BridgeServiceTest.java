package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@Tag("mariadb")
class BridgeServiceTest extends SignedInServiceTest {

    @Autowired
    BridgeService bridges;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;

    LocalDate monday;
    String secondLead;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        secondLead = meetingFixtures.organiser(testSite, "Salma Second");
        signIn(testSite.username(Role.ADMIN));
    }

    private Bridge draft(String name, String dialIn, Integer capacity) {
        Bridge bridge = Bridge.draft(testSite.site().getId());
        bridge.setName(name);
        bridge.setDialIn(dialIn);
        if (capacity != null) {
            bridge.setLineCapacity(capacity);
        }
        return bridge;
    }

    /** A phone meeting of the signed-in organiser with {@code others} new attendees. */
    private MeetingDetails phone(String title, LocalTime from, LocalTime to, int others) {
        Set<Long> people = new HashSet<>();
        for (int i = 0; i < others; i++) {
            people.add(meetingFixtures.member(testSite, title + " participant " + i).getId());
        }
        LocalDateTime start = monday.atTime(from);
        return meetings.book(new MeetingDraft(title, null, start, monday.atTime(to), MeetingMode.PHONE, null, people,
                Set.of(), Recurrence.NONE, null, null, null, true));
    }

    @Test
    void an_administrator_adds_a_bridge_and_the_manager_reads_it() {
        Bridge saved = bridges.save(draft("  Pont A  ", "+212 5 22 00 00 01", 30));
        assertThat(saved.getName()).isEqualTo("Pont A");

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(bridges.page(testSite.site().getId(), PageRequest.of(0, 10))).extracting(Bridge::getName)
                .containsExactly("Pont A");
        assertThat(bridges.count(testSite.site().getId())).isEqualTo(1);
        assertDenied(() -> bridges.save(draft("Pont B", "+212 5 22 00 00 02", 10)));
    }

    @Test
    void bad_input_is_refused_with_its_own_message() {
        assertRefused(() -> bridges.save(draft(" ", "+212 5 22 00 00 01", 10)), "error.required");
        assertRefused(() -> bridges.save(draft("Pont A", "appelez Karim", 10)), "bridge.error.dial-in");
        assertRefused(() -> bridges.save(draft("Pont A", "+212 5 22 00 00 01", 0)), "error.range");
        assertRefused(() -> bridges.save(draft("Pont A", "+212 5 22 00 00 01", Bridge.CAPACITY_MAX + 1)),
                "error.range");
        bridges.save(draft("Pont A", "+212 5 22 00 00 01", 10));
        assertRefused(() -> bridges.save(draft("pont a", "+212 5 22 00 00 02", 10)), "bridge.error.name-taken");
        assertThat(bridges.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void lowering_the_capacity_below_what_coming_meetings_use_at_once_is_refused_with_the_figures() {
        Bridge bridge = bridges.save(draft("Pont A", "+212 5 22 00 00 01", 30));
        signIn(testSite.username(Role.TEAM_LEAD));
        phone("Point qualité", LocalTime.of(9, 0), LocalTime.of(10, 0), 5);
        signIn(secondLead);
        phone("Point planning", LocalTime.of(9, 30), LocalTime.of(10, 30), 3);

        signIn(testSite.username(Role.ADMIN));
        Bridge lower = bridges.get(bridge.getId());
        lower.setLineCapacity(9);
        assertThatThrownBy(() -> bridges.save(lower)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getArguments()).containsExactly("Pont A", 10, monday, LocalTime.of(9, 30), 9);
            assertThat(Messages.get(Messages.FRENCH, refused)).isEqualTo("Le pont « Pont A » porte jusqu’à 10 lignes"
                    + " à la fois le " + DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                    .withLocale(Messages.FRENCH).format(monday) + " à 09:30 : la capacité ne peut pas descendre à 9.");
        });
        assertThat(bridges.get(bridge.getId()).getLineCapacity()).isEqualTo(30);

        Bridge enough = bridges.get(bridge.getId());
        enough.setLineCapacity(10);
        assertThat(bridges.save(enough).getLineCapacity()).isEqualTo(10);
    }

    @Test
    void a_bridge_still_carrying_coming_meetings_cannot_be_retired_and_one_that_served_cannot_be_deleted() {
        Bridge bridge = bridges.save(draft("Pont A", "+212 5 22 00 00 01", 30));
        signIn(testSite.username(Role.TEAM_LEAD));
        MeetingDetails booked = phone("Point qualité", LocalTime.of(9, 0), LocalTime.of(10, 0), 2);

        signIn(testSite.username(Role.ADMIN));
        Bridge retire = bridges.get(bridge.getId());
        retire.setActive(false);
        assertThatThrownBy(() -> bridges.save(retire)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessageKey()).isEqualTo("bridge.error.in-use");
            assertThat(Messages.get(Messages.FRENCH, refused)).startsWith(
                    "Le pont « Pont A » porte encore une réunion à venir");
        });
        assertRefused(() -> bridges.delete(bridge.getId()), "bridge.error.used");

        signIn(testSite.username(Role.TEAM_LEAD));
        meetings.cancel(booked.id());
        signIn(testSite.username(Role.ADMIN));
        Bridge retired = bridges.get(bridge.getId());
        retired.setActive(false);
        assertThat(bridges.save(retired).isActive()).isFalse();
        assertRefused(() -> bridges.delete(bridge.getId()), "bridge.error.used");
    }

    @Test
    void a_bridge_never_used_is_deleted() {
        Bridge bridge = bridges.save(draft("Pont A", "+212 5 22 00 00 01", 30));
        bridges.delete(bridge.getId());
        assertThat(bridges.count(testSite.site().getId())).isZero();
    }

    @Test
    void an_administrator_of_another_site_neither_reads_nor_changes_the_bridges() {
        Bridge bridge = bridges.save(draft("Pont A", "+212 5 22 00 00 01", 30));
        TestSite elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.ADMIN));
        assertDenied(() -> bridges.page(testSite.site().getId(), PageRequest.of(0, 10)));
        assertDenied(() -> bridges.get(bridge.getId()));
        assertDenied(() -> bridges.save(bridge));
        assertDenied(() -> bridges.delete(bridge.getId()));
        signIn(fixtures.globalAdmin());
        assertThat(bridges.get(bridge.getId()).getName()).isEqualTo("Pont A");
    }
}
