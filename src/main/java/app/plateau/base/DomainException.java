package app.plateau.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * A rule the user broke. It carries a message key of the i18n bundles and its arguments, so
 * the UI can show it in the reader's language; {@link #getMessage()} gives the key for logs.
 * When one value of a form broke it, {@link #onField} names that value's property, so a form can
 * mark the field to correct instead of showing a notification away from it.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private String property;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /**
     * Names the bean property whose value broke the rule ({@code "name"}, {@code "sanitaryCap"}):
     * {@code throw new DomainException("floor.error.name-taken", name).onField("name")}.
     */
    public DomainException onField(String property) {
        this.property = property;
        return this;
    }

    /** The property whose value broke the rule, when it is one value of a form. */
    public Optional<String> field() {
        return Optional.ofNullable(property);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
