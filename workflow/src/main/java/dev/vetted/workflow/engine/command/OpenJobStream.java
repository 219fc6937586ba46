package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ActivatedJob;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Opens a job stream (StreamActivatedJobs) for a type: from the end of this batch on, its jobs
 * are pushed to the stream as they become activatable. {@code ready} is the client's flow
 * control; {@code closed} turns true when the client goes away.
 */
public record OpenJobStream(String type, String worker, long timeout, List<String> fetch, Predicate<ActivatedJob> push,
                            BooleanSupplier closed, BooleanSupplier ready) implements EngineCommand<Void> {

    public OpenJobStream {
        if (type == null || type.isBlank()) throw EngineException.invalid("StreamActivatedJobs needs a job type");
        if (timeout < 1) throw EngineException.invalid("the job timeout must be at least 1 ms, was " + timeout);
        worker = worker == null ? "" : worker;
    }

    @Override
    public Void apply(CommandContext context) {
        if (!closed.getAsBoolean()) context.streams.open(new JobStreams.Stream(type, worker, timeout, fetch, push, closed, ready));
        return null;
    }
}
