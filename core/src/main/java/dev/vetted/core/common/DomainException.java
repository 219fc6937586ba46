package dev.vetted.core.common;

/**
 * A request the domain refuses, with a message a person can act on. The web layer turns each kind
 * into a problem+json answer; the domain itself knows nothing of HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, InvalidInputException, TooLargeException, ConflictException,
        ForbiddenActionException {

    protected DomainException(String message) {
        super(message);
    }
}
