package app.plateau.meeting.ui;

import app.plateau.meeting.Conflict;
import app.plateau.meeting.ConflictsFound;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Asks the organiser to confirm a booking or a move once they saw which attendees are already
 * busy, with whom and when. A long series may collide many times: the first lines are enough to decide.
 */
final class ConflictsConfirm {

    /** Lines shown before "and N more". */
    static final int SHOWN = 15;

    private ConflictsConfirm() {
    }

    static ConfirmDialog open(ConflictsFound found, MeetingText text, String confirmKey, Runnable confirm) {
        List<Conflict> conflicts = found.getConflicts();
        UnorderedList lines = new UnorderedList();
        lines.addClassName("conflict-lines");
        conflicts.stream().limit(SHOWN).forEach(conflict -> lines.add(new ListItem(text.t("meetings.conflicts.line",
                conflict.personName(), conflict.meetingTitle(), text.shortWhen(conflict.start(), conflict.end())))));
        Div body = new Div(new Paragraph(text.t(found.getMessageKey(), found.getArguments())), lines);
        if (conflicts.size() > SHOWN) {
            body.add(new Paragraph(text.t("meetings.conflicts.more", conflicts.size() - SHOWN)));
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
}
