package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.command.JobActivation;

/** Parked ActivateJobs requests get jobs that became activatable in the batch, or their empty answer at their deadline. */
public final class ParkedRequestChecker implements Checker {

    private final JobActivation activation;

    public ParkedRequestChecker(JobActivation activation) {
        this.activation = activation;
    }

    @Override
    public void run(CommandContext context, long now) {
        activation.serve(context);
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return activation.nextDeadline(otherwise);
    }
}
