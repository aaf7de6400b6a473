package app.plateau.meeting.ui;

import app.plateau.meeting.Conflict;
import app.plateau.meeting.ConflictsFound;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Asks the organiser to confirm a booking or a move once they saw which attendees are already
 * busy, with whom and when. Conflicts are grouped by the meeting that causes them: a team of 21
 * already at the same briefing is one line with a count and its names folded away, and a long series
 * colliding every day says its first time and how many more.
 */
final class ConflictsConfirm {

    /** Groups shown before "and N more". */
    static final int SHOWN = 15;

    private ConflictsConfirm() {
    }

    /** The attendees busy at one other meeting, and the times it takes theirs. */
    record Group(String meetingTitle, List<String> names, List<Conflict> times) {
    }

    /** Conflicts by the meeting that causes them, in the order of its first collision. */
    static List<Group> group(List<Conflict> conflicts) {
        Map<Long, List<Conflict>> byMeeting = new LinkedHashMap<>();
        conflicts.forEach(conflict -> byMeeting.computeIfAbsent(conflict.meetingId(), id -> new ArrayList<>())
                .add(conflict));
        List<Group> groups = new ArrayList<>();
        byMeeting.values().forEach(found -> {
            List<String> names = List.copyOf(new TreeSet<>(found.stream().map(Conflict::personName).toList()));
            Map<LocalDateTime, Conflict> times = new LinkedHashMap<>();
            found.forEach(conflict -> times.putIfAbsent(conflict.start(), conflict));
            groups.add(new Group(found.get(0).meetingTitle(), names, List.copyOf(times.values())));
        });
        return groups;
    }

    static ConfirmDialog open(ConflictsFound found, MeetingText text, String confirmKey, Runnable confirm) {
        List<Group> groups = group(found.getConflicts());
        UnorderedList lines = new UnorderedList();
        lines.addClassName("conflict-lines");
        groups.stream().limit(SHOWN).forEach(group -> lines.add(new ListItem(line(group, text))));
        Div body = new Div(new Paragraph(text.t(found.getMessageKey(), found.getArguments())), lines);
        if (groups.size() > SHOWN) {
            body.add(new Paragraph(text.t("meetings.conflicts.more", groups.size() - SHOWN)));
        }
        body.add(new Paragraph(text.t("meetings.conflicts.question")));
        body.addClassName("conflicts-body");

        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("conflicts-dialog");
        dialog.setHeader(text.t("meetings.conflicts.title"));
        dialog.setText(body);
        dialog.setCancelable(true);
        dialog.setCancelText(text.t("meetings.conflicts.back"));
        dialog.setConfirmText(text.t(confirmKey));
        dialog.addConfirmListener(event -> confirm.run());
        dialog.open();
        return dialog;
    }

    /** One person is named in the line; several are counted, their names one click away. */
    private static Component line(Group group, MeetingText text) {
        Conflict first = group.times().get(0);
        String when = text.shortWhen(first.start(), first.end());
        int others = group.times().size() - 1;
        boolean one = group.names().size() == 1;
        String who = one ? group.names().get(0) : text.t("meetings.conflicts.people", group.names().size());
        String summary = others == 0 ? text.t("meetings.conflicts.line", who, group.meetingTitle(), when)
                : text.t("meetings.conflicts.line-series", who, group.meetingTitle(), when, others);
        if (one) {
            return new Span(summary);
        }
        Span names = new Span(String.join(", ", group.names()));
        names.addClassName("conflict-names");
        Details details = new Details(summary, names);
        details.addClassName("conflict-group");
        return details;
    }
}
