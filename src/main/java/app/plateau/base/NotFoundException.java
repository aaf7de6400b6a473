package app.plateau.base;

/** The record asked for does not exist, or is outside what the caller may see. */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.not-found");
    }
}
