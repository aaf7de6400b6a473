package app.plateau.organisation.ui;

import app.plateau.base.ui.ErrorHandling;
import app.plateau.base.ui.Notifications;
import app.plateau.base.ui.WindowWidth;
import app.plateau.organisation.RosterImportService;
import app.plateau.organisation.RosterImportService.RosterPreview;
import app.plateau.organisation.RosterImportService.RosterResult;
import app.plateau.organisation.RosterImportService.RosterRow;
import app.plateau.organisation.SiteService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The staff roster import: upload a CSV file, review its rows with their errors, then import the
 * valid ones. The import runs in the background and pushes its progress, so thousands of rows do
 * not freeze the page.
 */
@Route("admin/roster")
@Menu(order = 15, title = "nav.admin.roster", icon = "vaadin:upload")
@RolesAllowed("ADMIN")
public class RosterImportView extends VerticalLayout implements HasDynamicTitle {

    private final RosterImportService roster;
    private Executor executor;
    private final SiteSelect site;
    private final Upload upload = new Upload();
    private final Span summary = new Span();
    private final Grid<RosterRow> grid = new Grid<>();
    private final Button importButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span(getTranslation("roster.importing"));
    /** What the last import did, kept on the page until the next upload. */
    private final Div result = new Div();
    private RosterPreview preview;

    public RosterImportView(RosterImportService roster, SiteService sites,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
        this.roster = roster;
        this.executor = executor;
        this.site = new SiteSelect(sites, this::clear);
        addClassNames("admin-view", "roster-view");
        setSizeFull();

        upload.setUploadHandler(this::receive);
        upload.setMaxFileSize(RosterImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));

        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(event -> startImport());
        progress.setWidth("20em");
        progress.setMaxWidth("100%");
        HorizontalLayout actions = new HorizontalLayout(summary, importButton, progress, progressLabel);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        actions.addClassName("roster-actions");

        grid.addColumn(RosterRow::lineNumber).setHeader(getTranslation("roster.row")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(RosterRow::employeeNumber).setHeader(getTranslation("person.employee-number"))
                .setKey("employeeNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterRow::fullName).setHeader(getTranslation("person.full-name")).setKey("fullName")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(RosterRow::team).setHeader(getTranslation("person.team")).setKey("team")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(RosterRow::homeFloor).setHeader(getTranslation("person.home-floor")).setKey("homeFloor")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(RosterRow::workMode).setHeader(getTranslation("person.work-mode")).setKey("workMode")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(RosterRow::roles).setHeader(getTranslation("account.roles")).setKey("roles")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.isValid() ? "roster.status.ok" : "roster.status.error"))
                .setHeader(getTranslation("roster.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        // The errors take the room left and wrap onto as many lines as they need, never cut.
        grid.addColumn(this::errors).setHeader(getTranslation("roster.errors")).setKey("errors")
                .setWidth("15rem").setFlexGrow(1);
        grid.setPartNameGenerator(row -> row.isValid() ? null : "roster-error");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        result.addClassName("roster-result");
        result.setVisible(false);

        add(new Paragraph(getTranslation("roster.help")), site, upload, actions, result, grid);
        clear();
        // On a phone the columns a reader can do without give their room to the errors.
        WindowWidth.follow(this, this::fitTo);
    }

    /** Shows every column on a wide window, only those needed to find and fix an error on a narrow one. */
    void fitTo(int windowWidth) {
        boolean wide = !WindowWidth.isNarrow(windowWidth);
        for (String key : List.of("fullName", "team", "homeFloor", "workMode", "roles", "status")) {
            grid.getColumnByKey(key).setVisible(wide);
        }
        // A phone's 390 px hold the line, the employee number and errors of this width without scrolling.
        grid.getColumnByKey("errors").setWidth(wide ? "15rem" : "9.5rem");
    }

    /** Tests run the import in their own thread, so that they see its outcome without waiting. */
    void setExecutor(Executor executor) {
        this.executor = executor;
    }

    /** Every text the upload component shows by itself, in the user's language instead of its built-in English. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.choose"))
                        .setMany(getTranslation("roster.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.upload"))
                        .setMany(getTranslation("roster.upload")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.too-many-files"))
                        .setFileIsTooBig(getTranslation("roster.error.file-too-large",
                                RosterImportService.MAX_MEGABYTES))
                        .setIncorrectFileType(getTranslation("roster.error.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining-time.prefix"))
                                .setUnknown(getTranslation("upload.remaining-time.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("upload.error.unexpected",
                                        RosterImportService.MAX_MEGABYTES))
                                .setForbidden(getTranslation("upload.error.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove")))
                // Powers of 1024, as the limit in the messages ("5 Mo") is counted.
                .setUnits(List.of(getTranslation("upload.units").split(" ")), 1024);
    }

    /**
     * Reads at most one byte more than the limit, whatever size the request claims, so that an
     * oversized or endless upload holds no more memory than an allowed one; the service judges the
     * rest (name, size, content).
     */
    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        byte[] bytes;
        try (InputStream content = event.getInputStream()) {
            bytes = content.readNBytes(RosterImportService.MAX_BYTES + 1);
        }
        event.getUI().access(() -> showPreview(fileName, bytes));
    }

    private void showPreview(String fileName, byte[] bytes) {
        resetPreview();
        result.removeAll();
        result.setVisible(false);
        Long siteId = site.siteId();
        if (siteId == null) {
            return;
        }
        try {
            preview = roster.parse(siteId, fileName, new ByteArrayInputStream(bytes), bytes.length);
        } catch (RuntimeException refused) {
            // The refused file leaves the list: it must not look received.
            upload.clearFileList();
            throw refused;
        }
        int valid = preview.validCount();
        summary.setText(getTranslation("roster.preview", preview.rows().size(), valid, preview.errorCount()));
        grid.setItems(preview.rows());
        importButton.setText(getTranslation("roster.import", valid));
        importButton.setEnabled(valid > 0);
        importButton.setVisible(true);
    }

    private String errors(RosterRow row) {
        return row.errors().stream()
                .map(error -> getTranslation(error.messageKey(), error.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    private void startImport() {
        List<RosterRow> rows = preview.validRows();
        long siteId = site.siteId();
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        upload.setEnabled(false);
        site.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressLabel.setVisible(true);
        // Pushed updates are dropped if the user has left the page: the import still completes.
        SerializableConsumer<Integer> advance = ui.accessLater(done -> progress.setValue((double) done / rows.size()),
                null);
        SerializableConsumer<RosterResult> finish = ui.accessLater(this::finished, null);
        SerializableConsumer<RuntimeException> fail = ui.accessLater(this::failed, null);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                finish.accept(roster.importRows(siteId, rows, advance::accept));
            } catch (RuntimeException e) {
                fail.accept(e);
            }
        }));
    }

    private void finished(RosterResult outcome) {
        List<RosterRow> skipped = preview.rows().stream().filter(row -> !row.isValid()).toList();
        clear();
        upload.setEnabled(true);
        site.setEnabled(true);
        showResult(outcome, skipped);
        Notifications.success(getTranslation("roster.done", outcome.created(), outcome.updated(),
                outcome.accountsCreated()));
    }

    /** The longest list of skipped rows written out on the page; the rest are counted. */
    static final int SKIPPED_SHOWN = 100;

    /** The summary that stays until the next upload: what was done, and each row left out with why. */
    private void showResult(RosterResult outcome, List<RosterRow> skipped) {
        result.removeAll();
        UnorderedList counts = new UnorderedList(
                new ListItem(getTranslation("roster.result.created", outcome.created())),
                new ListItem(getTranslation("roster.result.updated", outcome.updated())),
                new ListItem(getTranslation("roster.result.accounts", outcome.accountsCreated())),
                new ListItem(getTranslation("roster.result.skipped", skipped.size())));
        counts.addClassName("roster-result-counts");
        result.add(new H3(getTranslation("roster.result.title")), counts);
        if (!skipped.isEmpty()) {
            UnorderedList lines = new UnorderedList();
            lines.addClassName("roster-result-errors");
            skipped.stream().limit(SKIPPED_SHOWN).forEach(row -> lines.add(new ListItem(row.employeeNumber().isBlank()
                    ? getTranslation("roster.result.line", row.lineNumber(), errors(row))
                    : getTranslation("roster.result.line-of", row.lineNumber(), row.employeeNumber(), errors(row)))));
            if (skipped.size() > SKIPPED_SHOWN) {
                lines.add(new ListItem(getTranslation("roster.result.more", skipped.size() - SKIPPED_SHOWN)));
            }
            result.add(lines);
        }
        result.setVisible(true);
    }

    /** Shown like any refusal; the preview stays for another try. */
    private void failed(RuntimeException exception) {
        progress.setVisible(false);
        progressLabel.setVisible(false);
        importButton.setEnabled(true);
        upload.setEnabled(true);
        site.setEnabled(true);
        ErrorHandling.show(UI.getCurrent(), exception);
    }

    /** Forgets the uploaded file, as when another site is chosen or the import is done. */
    private void clear() {
        resetPreview();
        upload.clearFileList();
    }

    private void resetPreview() {
        preview = null;
        summary.setText("");
        grid.setItems(List.of());
        importButton.setVisible(false);
        progress.setVisible(false);
        progressLabel.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.page-title");
    }
}
