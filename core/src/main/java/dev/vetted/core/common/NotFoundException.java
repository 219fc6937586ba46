package dev.vetted.core.common;

/** The thing asked for does not exist. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }

    private NotFoundException(String message) {
        super(message);
    }

    /** Nothing is there, said in the caller's own words (a public address rather than an id). */
    public static NotFoundException described(String message) {
        return new NotFoundException(message);
    }
}
