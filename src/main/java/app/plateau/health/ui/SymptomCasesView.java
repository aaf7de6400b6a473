package app.plateau.health.ui;

import app.plateau.base.Dates;
import app.plateau.base.Text;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.Notifications;
import app.plateau.health.CaseRow;
import app.plateau.health.LeadNotices;
import app.plateau.health.Outcome;
import app.plateau.health.ReportedCase;
import app.plateau.health.Symptom;
import app.plateau.health.SymptomService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Symptom follow-up. A team lead records what they observed on a member of their team and then
 * sees only that the case was sent and its outcome, live; the health officer records too, reads
 * the open cases with their symptoms, and decides.
 */
@Route("symptoms")
@Menu(order = 25, title = "nav.health.symptoms", icon = "vaadin:stethoscope")
@RolesAllowed({"HEALTH_OFFICER", "TEAM_LEAD"})
public class SymptomCasesView extends VerticalLayout implements HasDynamicTitle {

    private final SymptomService symptoms;
    private final long siteId;
    private final ZoneId zone;
    private final Clock clock;
    private final boolean officer;

    final ComboBox<Person> person = new ComboBox<>();
    final CheckboxGroup<Symptom> observed = new CheckboxGroup<>();
    final TextField other = new TextField();
    final Grid<ReportedCase> sent = new Grid<>();
    final Grid<CaseRow> open = new Grid<>();
    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final DatePicker until = new DatePicker();
    final Button decide = new Button();

    public SymptomCasesView(SymptomService symptoms, PersonService people, TeamService teams, SiteService sites,
            LeadNotices notices, Clock clock) {
        this.symptoms = symptoms;
        this.clock = clock;
        PlateauUser user = CurrentUser.get();
        this.siteId = user.siteId();
        this.zone = sites.get(siteId).zoneId();
        this.officer = user.has(Role.HEALTH_OFFICER);
        addClassName("health-view");
        setSizeFull();

        person.setLabel(getTranslation("health.case.person"));
        person.setItemLabelGenerator(Person::getFullName);
        if (officer) {
            person.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                    PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit())).stream());
        } else {
            person.setItems(teamMembers(people, teams, user));
        }
        person.setWidth("20em");
        observed.setLabel(getTranslation("health.case.symptoms"));
        observed.setItems(Symptom.values());
        observed.setItemLabelGenerator(symptom -> getTranslation(symptom.messageKey()));
        other.setLabel(getTranslation("health.case.other"));
        other.setVisible(false);
        observed.addValueChangeListener(change -> other.setVisible(change.getValue().contains(Symptom.OTHER)));
        Button send = new Button(getTranslation("health.case.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(person, observed, other, send);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3(getTranslation("health.case.report.title")), form);

        if (officer) {
            open.addColumn(CaseRow::personName).setHeader(getTranslation("health.case.person")).setKey("person")
                    .setAutoWidth(true);
            open.addColumn(row -> reportedAt(row.reportedAt()))
                    .setHeader(getTranslation("health.case.reported-at")).setKey("reported-at");
            open.addColumn(CaseRow::reportedBy).setHeader(getTranslation("health.case.reported-by"))
                    .setKey("reported-by");
            open.addColumn(this::symptomText).setHeader(getTranslation("health.case.symptoms")).setKey("symptoms")
                    .setFlexGrow(1);
            open.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            outcome.setLabel(getTranslation("health.case.outcome"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            until.setLabel(getTranslation("health.case.until"));
            until.setVisible(false);
            until.setMin(today());
            outcome.addValueChangeListener(change -> until.setVisible(change.getValue() != null
                    && change.getValue().blocks()));
            decide.setText(getTranslation("health.case.decide"));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.addClickListener(click -> decide());
            decide.setEnabled(false);
            open.asSingleSelect().addValueChangeListener(change -> decide.setEnabled(change.getValue() != null));
            HorizontalLayout decision = new HorizontalLayout(outcome, until, decide);
            decision.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            decision.setWrap(true);
            add(new H3(getTranslation("health.case.open.title")), open, decision);
        } else {
            sent.addColumn(ReportedCase::personName).setHeader(getTranslation("health.case.person")).setKey("person")
                    .setAutoWidth(true);
            sent.addColumn(row -> reportedAt(row.reportedAt()))
                    .setHeader(getTranslation("health.case.reported-at")).setKey("reported-at");
            sent.addColumn(this::outcomeText).setHeader(getTranslation("health.case.outcome")).setKey("outcome")
                    .setFlexGrow(1);
            sent.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            add(new H3(getTranslation("health.case.sent.title")), sent);
            // The lead sees the outcome arrive as the notices on every page do.
            Live.refresh(this, notices.changes(), () -> CurrentUser.get().personId(), this::refresh);
        }
        refresh();
    }

    private List<Person> teamMembers(PersonService people, TeamService teams, PlateauUser user) {
        return teams.listBySite(siteId).stream()
                .filter(team -> team.getLead() != null && team.getLead().getId().equals(user.personId()))
                .map(Team::getId)
                .flatMap(teamId -> people.page(siteId, teamId, "", PageRequest.of(0, 500)).stream())
                .filter(member -> !member.getId().equals(user.personId()))
                .sorted(Comparator.comparing(Person::getFullName))
                .toList();
    }

    private String symptomText(CaseRow row) {
        String names = row.symptoms().stream().map(symptom -> getTranslation(symptom.messageKey()))
                .collect(Collectors.joining(", "));
        return row.otherText() == null ? names : names + " — " + row.otherText();
    }

    private String outcomeText(ReportedCase row) {
        if (row.outcome() == null) {
            return getTranslation("health.case.pending");
        }
        if (row.until() == null) {
            return getTranslation(row.outcome().messageKey());
        }
        return getTranslation("health.case.outcome-until", new Text(row.outcome().messageKey()), row.until());
    }

    private void send() {
        Person chosen = person.getValue();
        if (chosen == null) {
            Notifications.error(getTranslation("error.required", new Text("health.case.person")));
            return;
        }
        symptoms.report(chosen.getId(), observed.getValue(), other.getValue());
        Notifications.success(getTranslation("health.case.sent", chosen.getFullName()));
        person.clear();
        observed.clear();
        other.clear();
        refresh();
    }

    private void decide() {
        CaseRow row = open.asSingleSelect().getValue();
        if (row == null) {
            return;
        }
        symptoms.decide(row.id(), outcome.getValue(), outcome.getValue() != null && outcome.getValue().blocks()
                ? until.getValue() : null);
        Notifications.success(getTranslation("health.case.decided", row.personName()));
        outcome.clear();
        until.clear();
        refresh();
    }

    private void refresh() {
        if (officer) {
            open.setItems(symptoms.open(siteId));
        } else {
            sent.setItems(symptoms.sentByMe());
        }
    }

    private String reportedAt(Instant at) {
        return Dates.dateTime(getLocale(), LocalDateTime.ofInstant(at, zone));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.symptoms.title");
    }
}
