package dev.vetted.core.common;

/** Input over a size limit the desk keeps so one request cannot exhaust the server. */
public final class TooLargeException extends DomainException {

    public TooLargeException(String message) {
        super(message);
    }
}
