package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.Job;

/** Activated jobs whose time-out passed, and failed jobs whose backoff ended, become activatable again. */
public final class JobDeadlineChecker implements Checker {

    @Override
    public void run(CommandContext context, long now) {
        EngineState state = context.state;
        while (!state.jobDeadlines.isEmpty() && state.jobDeadlines.first().at() <= now) {
            Job job = state.jobs.get(state.jobDeadlines.first().key());
            job.makeActivatable();
            state.save(job);
        }
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        // a job that becomes activatable matters only to a parked request, and those wake the loop themselves
        return otherwise;
    }
}
