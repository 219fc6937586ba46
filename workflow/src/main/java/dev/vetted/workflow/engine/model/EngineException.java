package dev.vetted.workflow.engine.model;

/**
 * A command the engine refuses. The reasons are named as the gRPC status codes a Zeebe gateway
 * would answer with, but no gRPC type reaches past the gateway layer, which maps them.
 */
public final class EngineException extends RuntimeException {

    /** Why a command was refused; each name is a gRPC status code of the same meaning. */
    public enum Reason {
        INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION, ALREADY_EXISTS, RESOURCE_EXHAUSTED, ABORTED,
        DEADLINE_EXCEEDED, UNAVAILABLE, INTERNAL
    }

    private final Reason reason;

    public EngineException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static EngineException notFound(String message) {
        return new EngineException(Reason.NOT_FOUND, message);
    }

    public static EngineException invalid(String message) {
        return new EngineException(Reason.INVALID_ARGUMENT, message);
    }

    public static EngineException precondition(String message) {
        return new EngineException(Reason.FAILED_PRECONDITION, message);
    }

    public static EngineException unavailable(String message) {
        return new EngineException(Reason.UNAVAILABLE, message);
    }
}
