package dev.vetted.workflow.engine.processing;

/** None and message start events: the token leaves at once (the message's variables are already the instance's). */
final class StartEventProcessor implements ElementProcessor {

    @Override
    public void activate(Activation a) {
        a.tokens().leave(a.instance(), a.node(), a.element(), null);
    }
}
