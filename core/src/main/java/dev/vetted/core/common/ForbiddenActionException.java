package dev.vetted.core.common;

/** The person may not do this, for a rule of the desk (not for a missing role). */
public final class ForbiddenActionException extends DomainException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
