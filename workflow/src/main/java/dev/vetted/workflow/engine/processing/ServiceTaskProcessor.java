package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.state.Job;

/**
 * Service tasks: the element waits for its job, with its boundary timers and message boundary
 * subscriptions open; completing the job completes it with the job's variables.
 */
final class ServiceTaskProcessor implements ElementProcessor {

    private final ProcessingContext context;

    ServiceTaskProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        // evaluate everything first: a failing expression must leave no job or subscription behind
        Job job = context.jobs.prepare(a.instance(), a.node(), a.element(), a.scope());
        context.timers.armBoundaries(a.node(), a.element(), a.scope());
        context.messages.subscribeBoundaries(a.node(), a.element(), a.scope());
        context.jobs.open(a.element(), job);
        a.tokens().enter(a.instance(), a.element());
        context.messages.correlateBuffered(a.instance(), a.element());
    }
}
