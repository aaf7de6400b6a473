package app.plateau.base;

import java.util.Arrays;

/**
 * A rule the user broke. It carries a message key of the i18n bundles and its arguments, so
 * the UI can show it in the reader's language; {@link #getMessage()} gives the key for logs.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
