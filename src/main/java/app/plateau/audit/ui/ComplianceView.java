package app.plateau.audit.ui;

import app.plateau.audit.AuditPackService;
import app.plateau.audit.ComplianceReport;
import app.plateau.audit.ComplianceService;
import app.plateau.audit.Figure;
import app.plateau.audit.MeasureRow;
import app.plateau.base.ui.ErrorHandling;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The compliance dashboard: for the site and a range of days, one row per charter measure with the
 * figures that show it is applied. Auditors and site managers read it; nothing here changes data.
 */
@Route("compliance")
@Menu(order = 30, title = "nav.compliance", icon = "vaadin:diploma")
@MenuNeeds(MenuNeeds.Need.SITE)
@RolesAllowed({"AUDITOR", "SITE_MANAGER"})
public class ComplianceView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 30;

    private final transient ComplianceService compliance;
    private final transient AuditPackService packs;
    private transient Executor executor;
    private final Long siteId;
    /** The last pack prepared, as temporary files deleted when the next is prepared or the view closes. */
    private transient Path pdfFile;
    private transient Path zipFile;
    private String packName;

    final Button pack = new Button();
    final ProgressBar packProgress = new ProgressBar();
    final Span packStatus = new Span();
    final Anchor pdfLink = new Anchor();
    final Anchor zipLink = new Anchor();

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<MeasureRow> grid = new Grid<>(MeasureRow.class, false);
    final Span heading = new Span();
    /** What breaks a rule over the range, above the table, so it is seen before the figures are read. */
    final Div flags = new Div();

    public ComplianceView(ComplianceService compliance, AuditPackService packs, SiteService sites, Clock clock,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
        this.compliance = compliance;
        this.packs = packs;
        this.executor = executor;
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
        grid.addColumn(new ComponentRenderer<>(this::rule)).setKey("rule")
                .setHeader(getTranslation("compliance.column.rule")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        pack.setText(getTranslation("compliance.pack"));
        pack.setIcon(VaadinIcon.FILE_TEXT_O.create());
        pack.addClickListener(event -> preparePack());
        Paragraph packHelp = new Paragraph(getTranslation("compliance.pack.help"));
        packHelp.addClassName("help-text");
        packProgress.setVisible(false);
        packProgress.setWidth("20rem");
        pdfLink.setHref((DownloadHandler) event -> send(event, pdfFile, ".pdf", "application/pdf"));
        pdfLink.setText(getTranslation("compliance.pack.pdf"));
        zipLink.setHref((DownloadHandler) event -> send(event, zipFile, ".zip", "application/zip"));
        zipLink.setText(getTranslation("compliance.pack.zip"));
        pdfLink.addClassName("export-link");
        zipLink.addClassName("export-link");
        pdfLink.setVisible(false);
        zipLink.setVisible(false);
        HorizontalLayout packRow = new HorizontalLayout(pack, packProgress, packStatus, pdfLink, zipLink);
        packRow.setAlignItems(FlexComponent.Alignment.CENTER);
        packRow.addClassName("compliance-pack");

        flags.addClassName("compliance-flags");
        add(range, heading, help, flags, grid, packHelp, packRow);
        addDetachListener(event -> deletePack());
        refresh();
    }

    /** For tests: prepare the pack on the calling thread. */
    void setExecutor(Executor executor) {
        this.executor = executor;
    }

    /**
     * Writes the PDF and the ZIP in the background, a step at a time, and shows the progress through
     * push; the links appear when both are written. Pushed updates are dropped if the user has left.
     */
    void preparePack() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        deletePack();
        pack.setEnabled(false);
        pdfLink.setVisible(false);
        zipLink.setVisible(false);
        packProgress.setValue(0);
        packProgress.setVisible(true);
        packStatus.setText(getTranslation("compliance.pack.progress"));
        packName = "audit-" + start + "-" + end;
        SerializableConsumer<Double> advance = ui.accessLater(packProgress::setValue, null);
        SerializableConsumer<Path[]> ready = ui.accessLater(this::packReady, null);
        SerializableConsumer<RuntimeException> failed = ui.accessLater(this::packFailed, null);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            Path pdf = null;
            Path zip = null;
            try {
                pdf = Files.createTempFile("plateau-audit-", ".pdf");
                zip = Files.createTempFile("plateau-audit-", ".zip");
                try (OutputStream out = Files.newOutputStream(pdf)) {
                    packs.writePdf(siteId, start, end, locale, out, done -> advance.accept(done * 0.3));
                }
                try (OutputStream out = Files.newOutputStream(zip)) {
                    packs.writeZip(siteId, start, end, locale, out, done -> advance.accept(0.3 + done * 0.7));
                }
                ready.accept(new Path[] {pdf, zip});
            } catch (IOException | RuntimeException e) {
                delete(pdf);
                delete(zip);
                failed.accept(e instanceof RuntimeException runtime ? runtime : new UncheckedIOException(
                        (IOException) e));
            }
        }));
    }

    private void packReady(Path[] files) {
        pdfFile = files[0];
        zipFile = files[1];
        pack.setEnabled(true);
        packProgress.setVisible(false);
        packStatus.setText(getTranslation("compliance.pack.ready"));
        pdfLink.setVisible(true);
        zipLink.setVisible(true);
    }

    private void packFailed(RuntimeException exception) {
        pack.setEnabled(true);
        packProgress.setVisible(false);
        packStatus.setText("");
        ErrorHandling.show(UI.getCurrent(), exception);
    }

    private void send(DownloadEvent event, Path file, String extension, String contentType) throws IOException {
        if (file == null || !Files.exists(file)) {
            event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        event.setFileName(packName + extension);
        event.setContentType(contentType);
        Files.copy(file, event.getOutputStream());
    }

    private void deletePack() {
        delete(pdfFile);
        delete(zipFile);
        pdfFile = null;
        zipFile = null;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the system's temporary files.
            }
        }
    }

    void refresh() {
        ComplianceReport report = compliance.report(siteId, from.getValue(), to.getValue());
        heading.setText(getTranslation("compliance.heading", report.siteName(), report.from(), report.to()));
        grid.setItems(report.rows());
        flags.removeAll();
        for (MeasureRow row : report.rows()) {
            for (Figure figure : row.outOfBounds()) {
                Div flag = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("compliance.flag",
                        getTranslation(row.measure().messageKey()), figureText(figure))));
                flag.addClassName("compliance-flag");
                flags.add(flag);
            }
        }
        flags.setVisible(flags.getComponentCount() > 0);
    }

    /** One figure a line, each out-of-bounds one marked with a chip that says so. */
    private Component figures(MeasureRow row) {
        UnorderedList list = new UnorderedList();
        list.addClassName("compliance-figures");
        for (Figure figure : row.figures()) {
            ListItem line = new ListItem(new Span(figureText(figure)));
            line.addClassName("compliance-figure");
            if (figure.outOfBounds()) {
                line.addClassName("out-of-bounds");
                line.add(chip("compliance.out-of-bounds", "chip-broken"));
            }
            list.add(line);
        }
        return list;
    }

    private String figureText(Figure figure) {
        return getTranslation("compliance.figure", getTranslation(figure.labelKey()), figure.formatted(getLocale()));
    }

    private Component rule(MeasureRow row) {
        Div cell = new Div(new Span(getTranslation(row.measure().ruleKey())));
        cell.addClassName("compliance-rule");
        if (row.withinRule() != null) {
            cell.add(row.withinRule() ? chip("compliance.rule.kept", "chip-kept")
                    : chip("compliance.rule.broken", "chip-broken"));
        }
        return cell;
    }

    private Span chip(String key, String className) {
        Span chip = new Span(getTranslation(key));
        chip.addClassNames("compliance-chip", className);
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.title");
    }
}
