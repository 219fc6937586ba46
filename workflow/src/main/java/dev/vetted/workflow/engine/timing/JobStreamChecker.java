package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.command.JobStreams;

/** Open job streams get the jobs that became activatable in the batch (before parked polls do). */
public final class JobStreamChecker implements Checker {

    private final JobStreams streams;

    public JobStreamChecker(JobStreams streams) {
        this.streams = streams;
    }

    @Override
    public void run(CommandContext context, long now) {
        streams.serve(context);
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return streams.nextDue(context.processing, otherwise);
    }
}
