package dev.vetted.workflow.engine.processing;

/**
 * Timer, error and message boundary events. No sequence flow enters them: they fire on the
 * activity they sit on ({@link Tokens#triggerBoundary}), and only their leaving, through their
 * output mappings and outgoing flows, is theirs.
 */
final class BoundaryEventProcessor implements ElementProcessor {

    @Override
    public void activate(Activation a) {
        throw new IllegalStateException("boundary events are not entered by sequence flows: " + a.node());
    }
}
