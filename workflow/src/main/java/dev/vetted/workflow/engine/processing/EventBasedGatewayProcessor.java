package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;

/**
 * Event-based gateways: the gateway waits with the subscriptions and timers of every event it
 * leads to; the first that occurs ends the wait (the others are closed with it) and the token
 * continues from that event, through its output mappings. A reply or a time-out, whichever comes first.
 */
final class EventBasedGatewayProcessor implements ElementProcessor {

    private final ProcessingContext context;

    EventBasedGatewayProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        for (SequenceFlow flow : a.node().outgoing) {
            FlowNode event = a.tokens().model(a.instance()).node(flow.target());
            if (event.kind == ElementKind.MESSAGE_CATCH_EVENT) context.messages.subscribeFor(event, a.element(), a.scope());
            else context.timers.arm(a.element(), event, a.scope());
        }
        a.tokens().enter(a.instance(), a.element());
        context.messages.correlateBuffered(a.instance(), a.element());
    }
}
