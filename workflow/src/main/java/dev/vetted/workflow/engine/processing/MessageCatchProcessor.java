package dev.vetted.workflow.engine.processing;

/**
 * Receive tasks and intermediate message catch events: the element waits for a message with its
 * name and correlation key (one buffered already correlates at once); the message's variables
 * complete it.
 */
final class MessageCatchProcessor implements ElementProcessor {

    private final ProcessingContext context;

    MessageCatchProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        context.messages.subscribe(a.node(), a.element(), a.scope());
        context.timers.armBoundaries(a.node(), a.element(), a.scope());
        context.messages.subscribeBoundaries(a.node(), a.element(), a.scope());
        a.tokens().enter(a.instance(), a.element());
        context.messages.correlateBuffered(a.instance(), a.element());
    }
}
