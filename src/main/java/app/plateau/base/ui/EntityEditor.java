package app.plateau.base.ui;

import app.plateau.base.DomainException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A dialog that edits one record with Bean Validation and raises events for the view to act on:
 * the view makes the service call, so a refusal leaves the dialog open with what was typed.
 *
 * @param <T> the edited type
 */
public abstract class EntityEditor<T> extends Dialog {

    protected final BeanValidationBinder<T> binder;
    protected final FormLayout form = new FormLayout();
    private final Button delete = new Button(getTranslation("common.delete"));
    private T bean;
    private boolean deletable = true;

    protected EntityEditor(Class<T> type) {
        binder = new BeanValidationBinder<>(type);
        addClassName("entity-editor");
        setModal(true);
        setDraggable(true);
        setWidth("min(40rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Button save = new Button(getTranslation("common.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(event -> confirmDelete());
        getFooter().add(delete, cancel, save);
    }

    /** Opens the dialog on a record; a new one (without id) cannot be deleted. */
    public void edit(T record, boolean isNew, String title) {
        this.bean = record;
        setHeaderTitle(title);
        binder.readBean(record);
        delete.setVisible(!isNew && deletable);
        open();
    }

    /** Hides the delete button from a user whom the service would refuse anyway. */
    public void setDeletable(boolean deletable) {
        this.deletable = deletable;
    }

    public T getBean() {
        return bean;
    }

    private void save() {
        if (binder.writeBeanIfValid(bean)) {
            fireEvent(new SaveEvent<>(this, bean));
        } else {
            Notifications.error(getTranslation("error.form-invalid"));
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("common.confirm-delete.title", describe(bean)));
        confirm.setText(getTranslation("common.confirm-delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> fireEvent(new DeleteEvent<>(this, bean)));
        confirm.open();
    }

    /**
     * Saves and deletes through the view's service calls; when a call succeeds, closes the dialog,
     * lets the view refresh and confirms. A refusal that names a field of the form is shown on that
     * field; any other reaches the error handler. Either way the dialog stays open with what was typed.
     */
    public void persistWith(UnaryOperator<T> save, Consumer<T> delete, Runnable refresh) {
        addSaveListener(event -> {
            T saved;
            try {
                saved = save.apply(event.getRecord());
            } catch (DomainException refusal) {
                if (Fields.showError(binder, refusal)) {
                    return;
                }
                throw refusal;
            }
            close();
            refresh.run();
            Notifications.success(getTranslation("common.saved", describe(saved)));
        });
        addDeleteListener(event -> {
            delete.accept(event.getRecord());
            close();
            refresh.run();
            Notifications.success(getTranslation("common.deleted", describe(event.getRecord())));
        });
    }

    /** How the record is named in confirmations and notifications. */
    protected abstract String describe(T record);

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
        return addListener(DeleteEvent.class, (ComponentEventListener) listener);
    }

    /** The user asked to save the record. */
    public static class SaveEvent<T> extends ComponentEvent<EntityEditor<T>> {
        private final T record;

        SaveEvent(EntityEditor<T> source, T record) {
            super(source, false);
            this.record = record;
        }

        public T getRecord() {
            return record;
        }
    }

    /** The user confirmed the deletion of the record. */
    public static class DeleteEvent<T> extends ComponentEvent<EntityEditor<T>> {
        private final T record;

        DeleteEvent(EntityEditor<T> source, T record) {
            super(source, false);
            this.record = record;
        }

        public T getRecord() {
            return record;
        }
    }
}
