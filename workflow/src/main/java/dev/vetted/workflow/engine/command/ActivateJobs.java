package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ActivatedJob;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Activates up to {@code max} jobs of a type for a worker. With none available it waits up to
 * the request timeout (long polling; 10 s when 0, answered at once when negative) and answers as
 * soon as a job appears. {@code respond} answers false when the worker has gone.
 */
public record ActivateJobs(String type, String worker, long timeout, int max, List<String> fetch, long requestTimeout,
                           Predicate<List<ActivatedJob>> respond, BooleanSupplier cancelled) implements EngineCommand<Void> {

    static final long DEFAULT_POLL_MILLIS = 10_000;

    public ActivateJobs {
        if (type == null || type.isBlank()) throw EngineException.invalid("ActivateJobs needs a job type");
        if (max < 1) throw EngineException.invalid("maxJobsToActivate must be at least 1, was " + max);
        if (timeout < 1) throw EngineException.invalid("the job timeout must be at least 1 ms, was " + timeout);
        worker = worker == null ? "" : worker;
    }

    @Override
    public Void apply(CommandContext context) {
        long wait = requestTimeout == 0 ? DEFAULT_POLL_MILLIS : requestTimeout;
        JobActivation.Request request = new JobActivation.Request(type, worker, timeout, max, fetch,
                context.processing.clock.millis() + Math.max(wait, 0), respond, cancelled);
        if (cancelled.getAsBoolean()) return null;
        List<ActivatedJob> jobs = context.activation.activate(context.processing, request);
        if (!jobs.isEmpty() || wait < 0) {
            context.afterCommit(() -> context.activation.deliver(request, jobs));
        } else {
            context.activation.park(request);
        }
        return null;
    }
}
