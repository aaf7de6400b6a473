package app.plateau.audit.ui;

import app.plateau.audit.ComplianceReport;
import app.plateau.audit.ComplianceService;
import app.plateau.audit.Figure;
import app.plateau.audit.MeasureRow;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The compliance dashboard: for the site and a range of days, one row per charter measure with the
 * figures that show it is applied. Auditors and site managers read it; nothing here changes data.
 */
@Route("compliance")
@Menu(order = 30, title = "nav.compliance", icon = "vaadin:clipboard-check")
@RolesAllowed({"AUDITOR", "SITE_MANAGER"})
public class ComplianceView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 30;

    private final transient ComplianceService compliance;
    private final Long siteId;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<MeasureRow> grid = new Grid<>(MeasureRow.class, false);
    final Span heading = new Span();

    public ComplianceView(ComplianceService compliance, SiteService sites, Clock clock) {
        this.compliance = compliance;
        this.siteId = CurrentUser.get().siteId();
        addClassName("compliance-view");
        if (siteId == null) {
            add(new Span(getTranslation("compliance.no-site")));
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(sites.get(siteId).zoneId()));
        from.setLabel(getTranslation("compliance.from"));
        to.setLabel(getTranslation("compliance.to"));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1L));
        to.setValue(today);
        Button show = new Button(getTranslation("compliance.show"), event -> refresh());
        HorizontalLayout range = new HorizontalLayout(from, to, show);
        range.setAlignItems(FlexComponent.Alignment.BASELINE);

        heading.addClassName("compliance-heading");
        Paragraph help = new Paragraph(getTranslation("compliance.help"));
        help.addClassName("help-text");

        grid.addColumn(row -> getTranslation(row.measure().messageKey())).setKey("measure")
                .setHeader(getTranslation("compliance.column.measure")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::figures)).setKey("evidence")
                .setHeader(getTranslation("compliance.column.evidence")).setFlexGrow(3);
        grid.addColumn(this::rule).setKey("rule").setHeader(getTranslation("compliance.column.rule"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        add(range, heading, help, grid);
        refresh();
    }

    void refresh() {
        ComplianceReport report = compliance.report(siteId, from.getValue(), to.getValue());
        heading.setText(getTranslation("compliance.heading", report.siteName(), report.from(), report.to()));
        grid.setItems(report.rows());
    }

    private Component figures(MeasureRow row) {
        Div list = new Div();
        list.addClassName("compliance-figures");
        for (Figure figure : row.figures()) {
            Span line = new Span(getTranslation("compliance.figure", getTranslation(figure.labelKey()),
                    value(figure.value())));
            line.addClassName("compliance-figure");
            list.add(line);
        }
        return list;
    }

    private String rule(MeasureRow row) {
        if (row.withinRule() == null) {
            return "";
        }
        return getTranslation(row.withinRule() ? "compliance.rule.kept" : "compliance.rule.broken");
    }

    String value(Object value) {
        if (value instanceof Figure.Percent percent) {
            return getTranslation("compliance.percent", (long) Math.floor(percent.value()));
        }
        if (value instanceof Duration duration) {
            return getTranslation("compliance.duration", duration.toHours(), duration.toMinutesPart());
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(getLocale()).format(number);
        }
        return String.valueOf(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.title");
    }
}
