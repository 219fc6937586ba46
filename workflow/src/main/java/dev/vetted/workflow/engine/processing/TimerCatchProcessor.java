package dev.vetted.workflow.engine.processing;

/** Intermediate timer catch events: the element waits until its timer falls due. */
final class TimerCatchProcessor implements ElementProcessor {

    private final ProcessingContext context;

    TimerCatchProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        context.timers.arm(a.element(), a.node(), a.scope());
        a.tokens().enter(a.instance(), a.element());
    }
}
