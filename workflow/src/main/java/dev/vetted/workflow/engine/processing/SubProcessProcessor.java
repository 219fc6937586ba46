package dev.vetted.workflow.engine.processing;

/**
 * Embedded sub-processes: the element instance is a scope of its own (its input mappings are its
 * local variables) that waits, with its boundary timers and message subscriptions open, while a
 * token runs from its start event; when nothing is left inside, it completes through its output
 * mappings. An interrupting boundary event on it ends everything inside.
 */
final class SubProcessProcessor implements ElementProcessor {

    private final ProcessingContext context;

    SubProcessProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        context.timers.armBoundaries(a.node(), a.element(), a.scope());
        context.messages.subscribeBoundaries(a.node(), a.element(), a.scope());
        a.tokens().enter(a.instance(), a.element());
        a.tokens().activateLater(a.instance(), a.node().start, null, a.element().key);
        context.messages.correlateBuffered(a.instance(), a.element());
    }
}
