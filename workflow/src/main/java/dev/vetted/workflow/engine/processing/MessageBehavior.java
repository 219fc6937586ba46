package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.BufferedMessage;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * Message subscriptions of waiting elements (their own and their boundary events') and message
 * correlation to them. A message correlates at most once per process (by BPMN process id).
 */
public final class MessageBehavior {

    private final EngineState state;
    private final Expressions expressions;
    private final Tokens tokens;

    MessageBehavior(EngineState state, Expressions expressions, Tokens tokens) {
        this.state = state;
        this.expressions = expressions;
        this.tokens = tokens;
    }

    /** Evaluates the element's own message name and correlation key into its subscription. */
    void subscribe(FlowNode node, ElementInstance element, Map<String, Object> scope) {
        element.messageName = expressions.evaluateString(node.messageName, scope, "message name");
        element.correlationKey = expressions.evaluateString(node.correlationKey, scope, "correlation key");
    }

    /** The subscriptions of the activity's message boundary events. */
    void subscribeBoundaries(FlowNode activity, ElementInstance element, Map<String, Object> scope) {
        for (FlowNode boundary : activity.boundaries) {
            if (boundary.kind == ElementKind.MESSAGE_BOUNDARY_EVENT) subscribeFor(boundary, element, scope);
        }
    }

    /** A subscription of the element instance on behalf of another event (a boundary event, or one after an event-based gateway). */
    void subscribeFor(FlowNode event, ElementInstance element, Map<String, Object> scope) {
        element.eventSubscriptions.add(new ElementInstance.EventSubscription(event.id,
                expressions.evaluateString(event.messageName, scope, "message name of '" + event.id + "'"),
                expressions.evaluateString(event.correlationKey, scope, "correlation key of '" + event.id + "'")));
    }

    /** Subscriptions just opened: a buffered message for one of them correlates at once. */
    void correlateBuffered(ProcessInstance instance, ElementInstance element) {
        if (element.subscribed() && correlateBuffered(instance, element, null, element.messageName, element.correlationKey)) return;
        for (ElementInstance.EventSubscription b : element.eventSubscriptions) {
            if (correlateBuffered(instance, element, b.eventId, b.messageName, b.correlationKey)) return;
        }
    }

    private boolean correlateBuffered(ProcessInstance instance, ElementInstance element, String eventId, String name, String key) {
        var keys = state.buffered.get(new EngineState.Subscription(name, key));
        if (keys == null) return false;
        for (long messageKey : keys) {
            BufferedMessage message = state.messages.get(messageKey);
            if (message == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
            message.correlatedProcesses.add(instance.bpmnProcessId);
            state.save(message);
            correlateLater(instance, new EngineState.ElementRef(instance.key, element.key, eventId), message.variables);
            return true;
        }
        return false;
    }

    /**
     * The message reaches one waiting element: it completes the element's own wait, or triggers
     * the event the subscription belongs to (a boundary event, or a catch event after an event-based gateway). Queued; the caller runs the tokens.
     */
    public void correlateLater(ProcessInstance instance, EngineState.ElementRef ref, Map<String, Object> variables) {
        ElementInstance element = instance.elements.get(ref.elementKey());
        if (element == null) return;
        Map<String, Object> result = variables == null || variables.isEmpty() ? null : variables;
        if (ref.eventId() == null) {
            tokens.completeWaitLater(instance, element, result);
            return;
        }
        FlowNode event = tokens.model(instance).node(ref.eventId());
        tokens.triggerBoundaryLater(instance, element, event, result);
    }
}
