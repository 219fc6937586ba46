package dev.vetted.workflow.engine.processing;

/** None end events: the token ends; the instance completes when it was the last one. */
final class EndEventProcessor implements ElementProcessor {

    @Override
    public void activate(Activation a) {
        a.tokens().endToken(a.instance(), a.element().parentKey);
    }
}
