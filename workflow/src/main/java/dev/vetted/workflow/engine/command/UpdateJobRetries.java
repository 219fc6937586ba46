package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.Job;

/** Gives a job new retries, typically before resolving its incident. */
public record UpdateJobRetries(long jobKey, int retries) implements EngineCommand<Void> {

    public UpdateJobRetries {
        if (retries < 1) throw EngineException.invalid("retries must be at least 1, was " + retries);
    }

    @Override
    public Void apply(CommandContext context) {
        Job job = context.job(jobKey, "update the retries of");
        job.retries = retries;
        context.state.save(job);
        return null;
    }
}
