package dev.vetted.workflow.engine.gateway;

import dev.vetted.workflow.engine.model.EngineException;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Answers to RPCs: an engine outcome as a response, or a refusal as the gRPC status named by its
 * reason. A client that has hung up gets nothing (it cannot).
 */
final class Replies {

    private Replies() {
    }

    static <T, R> void answer(StreamObserver<R> out, CompletableFuture<T> future, Function<T, R> toResponse) {
        future.whenComplete((result, error) -> {
            if (error != null) {
                fail(out, error);
                return;
            }
            R response;
            try {
                response = toResponse.apply(result);
            } catch (RuntimeException e) {
                fail(out, e);
                return;
            }
            reply(out, response);
        });
    }

    static <R> void reply(StreamObserver<R> out, R response) {
        if (out instanceof ServerCallStreamObserver<R> call && call.isCancelled()) return;
        out.onNext(response);
        out.onCompleted();
    }

    static void fail(StreamObserver<?> out, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        Status status = cause instanceof EngineException e
                ? Status.fromCode(Status.Code.valueOf(e.reason().name())).withDescription(e.getMessage())
                : Status.INTERNAL.withDescription("the engine failed: " + cause);
        if (out instanceof ServerCallStreamObserver<?> call && call.isCancelled()) return;
        out.onError(status.asRuntimeException());
    }

}
