package dev.vetted.core.common;

/** The request is valid but clashes with the current state (someone else holds it, it is already decided...). */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
