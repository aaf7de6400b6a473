package app.plateau.base.ui;

import app.plateau.base.DomainException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Fields whose built-in checks speak the reader's language, like the Bean Validation messages do. */
public final class Fields {

    private Fields() {
    }

    public static IntegerField integer(String label, int min, int max) {
        UI ui = UI.getCurrent();
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(ui.getTranslation("field.bad-number"))
                .setMinErrorMessage(ui.getTranslation("field.min", min))
                .setMaxErrorMessage(ui.getTranslation("field.max", max))
                .setRequiredErrorMessage(ui.getTranslation("field.required")));
        return field;
    }

    /**
     * A text field that stops at the entity's length limit. Its own length check runs before Bean
     * Validation, so without a message of ours a too-long value would be marked with none.
     */
    public static TextField text(String label, int maxLength) {
        UI ui = UI.getCurrent();
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(ui.getTranslation("field.max-length", maxLength))
                .setRequiredErrorMessage(ui.getTranslation("field.required")));
        return field;
    }

    /**
     * Marks a field with what the service refused, under the field where the user looks; the mark
     * goes as soon as the user changes the value.
     */
    public static <F extends HasValidation & HasValue<?, ?>> void showError(F field, String message) {
        mark(field, field, message);
    }

    /**
     * Puts a refusal on the form's field it names ({@link DomainException#onField}), translated for
     * the reader. Answers whether it found the field; if not, the caller shows it as a notification.
     */
    public static boolean showError(Binder<?> binder, DomainException refusal) {
        Optional<HasValue<?, ?>> bound = refusal.field()
                .flatMap(property -> binder.getBinding(property).map(Binder.Binding::getField));
        if (bound.isEmpty() || !(bound.get() instanceof HasValidation validation)) {
            return false;
        }
        mark(validation, bound.get(),
                UI.getCurrent().getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        return true;
    }

    private static void mark(HasValidation validation, HasValue<?, ?> value, String message) {
        validation.setErrorMessage(message);
        validation.setInvalid(true);
        AtomicReference<Registration> once = new AtomicReference<>();
        once.set(value.addValueChangeListener(event -> {
            validation.setInvalid(false);
            validation.setErrorMessage(null);
            once.get().remove();
        }));
    }
}
