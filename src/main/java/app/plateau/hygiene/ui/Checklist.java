package app.plateau.hygiene.ui;

import app.plateau.base.ui.Notifications;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.CheckResult;
import app.plateau.hygiene.ChecklistItem;
import app.plateau.hygiene.CorrectiveAction;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundLine;
import app.plateau.hygiene.RoundSheet;
import app.plateau.organisation.PersonService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A round's checklist, laid out for a tablet: one large pass/fail pair per item; a failed item asks
 * for its note and its corrective action; one button finishes the round. A round already done shows
 * its answers instead.
 */
class Checklist extends Dialog {

    private final List<ItemRow> rows = new ArrayList<>();

    private final PersonService people;
    private final long siteId;

    Checklist(RoundSheet sheet, HygieneService hygiene, PersonService people, long siteId, Runnable onFinished) {
        this.people = people;
        this.siteId = siteId;
        RoundLine line = sheet.line();
        addClassName("hygiene-checklist");
        setHeaderTitle(getTranslation("hygiene.checklist.title", line.templateName(), line.floorName(), line.time()));
        setWidth("min(56rem, 98vw)");
        Button close = new Button(getTranslation("common.close"), event -> close());
        if (line.status().isDone()) {
            sheet.results().forEach(result -> add(resultRow(result)));
            getFooter().add(close);
            return;
        }
        for (int i = 0; i < sheet.items().size(); i++) {
            ItemRow row = new ItemRow(i, sheet.items().get(i), sheet.today());
            rows.add(row);
            add(row);
        }
        Button finish = new Button(getTranslation("hygiene.checklist.finish"), VaadinIcon.CHECK.create(), event -> {
            RoundLine done = hygiene.complete(line.id(), rows.stream().map(ItemRow::answer).toList());
            close();
            onFinished.run();
            Notifications.success(getTranslation("hygiene.checklist.done", done.time(), done.floorName(),
                    getTranslation(done.status().messageKey())));
        });
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        finish.addClassName("checklist-finish");
        getFooter().add(close, finish);
    }

    private Div resultRow(CheckResult result) {
        Span label = new Span(result.getLabel());
        label.addClassName("checklist-label");
        Span answer = new Span(result.isPassed() ? getTranslation("hygiene.checklist.passed")
                : getTranslation("hygiene.checklist.failed", result.getNote()));
        answer.addClassName(result.isPassed() ? "checklist-passed" : "checklist-failed");
        Div row = new Div(label, answer);
        row.addClassName("checklist-item");
        return row;
    }

    /** One item: its two toggles, and the note and corrective action fields shown when it fails. */
    private final class ItemRow extends Div {

        private final Button pass = new Button(getTranslation("hygiene.checklist.pass"), VaadinIcon.CHECK.create());
        private final Button fail = new Button(getTranslation("hygiene.checklist.fail"), VaadinIcon.CLOSE.create());
        private final TextArea note = new TextArea(getTranslation("hygiene.note"));
        private final TextField action = new TextField(getTranslation("hygiene.action.what"));
        private final OwnerField owner = new OwnerField(people, siteId);
        private final DatePicker deadline = new DatePicker(getTranslation("hygiene.action.deadline"));
        private final Div failure;
        private Boolean passed;

        ItemRow(int index, ChecklistItem item, LocalDate today) {
            setId("checklist-item-" + index);
            addClassName("checklist-item");
            Span label = new Span(item.getLabel());
            label.addClassName("checklist-label");
            Div head = new Div(label);
            head.addClassName("checklist-head");
            if (item.isCritical()) {
                Span critical = new Span(getTranslation("hygiene.checklist.critical"));
                critical.addClassName("checklist-critical");
                head.add(critical);
            }
            pass.addClassNames("checklist-toggle", "checklist-pass");
            fail.addClassNames("checklist-toggle", "checklist-fail");
            pass.addThemeVariants(ButtonVariant.LUMO_LARGE);
            fail.addThemeVariants(ButtonVariant.LUMO_LARGE);
            pass.addClickListener(event -> choose(true));
            fail.addClickListener(event -> choose(false));
            Div toggles = new Div(pass, fail);
            toggles.addClassName("checklist-toggles");

            note.setMaxLength(CheckResult.NOTE_MAX);
            note.setRequiredIndicatorVisible(true);
            action.setMaxLength(CorrectiveAction.TEXT_MAX);
            action.setRequiredIndicatorVisible(true);
            deadline.setMin(today);
            deadline.setValue(today);
            deadline.setRequiredIndicatorVisible(true);
            failure = new Div(note, action, owner, deadline);
            failure.addClassName("checklist-failure");
            failure.setVisible(false);
            add(head, toggles, failure);
        }

        private void choose(boolean value) {
            passed = value;
            pass.getElement().setAttribute("aria-pressed", String.valueOf(value));
            fail.getElement().setAttribute("aria-pressed", String.valueOf(!value));
            pass.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            fail.removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            if (value) {
                pass.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            } else {
                fail.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            }
            failure.setVisible(!value);
            if (!value) {
                note.focus();
            }
        }

        Answer answer() {
            if (passed == null || passed) {
                return new Answer(passed, null, null, null, null);
            }
            return Answer.fail(note.getValue(), action.getValue(), owner.personId(), deadline.getValue());
        }
    }
}
