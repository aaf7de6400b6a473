package app.plateau.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

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
}
