package dev.vetted.core.common;

/** The thing asked for does not exist. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }
}
