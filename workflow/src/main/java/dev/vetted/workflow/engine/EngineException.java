package dev.vetted.workflow.engine;

import io.grpc.Status;

/** A command the engine refuses, with the gRPC status a Zeebe gateway would answer. */
public final class EngineException extends RuntimeException {

    private final Status.Code code;

    EngineException(Status.Code code, String message) {
        super(message);
        this.code = code;
    }

    public Status.Code code() {
        return code;
    }

    static EngineException notFound(String message) {
        return new EngineException(Status.Code.NOT_FOUND, message);
    }

    static EngineException invalid(String message) {
        return new EngineException(Status.Code.INVALID_ARGUMENT, message);
    }

    static EngineException precondition(String message) {
        return new EngineException(Status.Code.FAILED_PRECONDITION, message);
    }
}
