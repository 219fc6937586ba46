package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;

import java.util.Map;

/**
 * Reads one kind of BPMN element (or a family of them) into a {@link FlowNode}, refusing at
 * deployment, with the element's id and the reason, whatever of it the engine cannot honour.
 */
interface ElementReader {

    /** The element read, or null when it is not of this reader's kinds. */
    FlowNode read(FlowElement element, ReadingRules rules);

    /**
     * Checks, once every flow is connected, what the kind requires of its neighbours (a default
     * flow that leaves the gateway, events after an event-based gateway); refuses with a reason.
     */
    default void checkConnections(FlowNode node, Map<String, FlowNode> nodes) {
    }
}
