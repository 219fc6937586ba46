package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Element instances that contain others (embedded sub-processes): what runs inside one, whether
 * it is done, and ending all of it when the container ends early (an interrupting boundary event,
 * a cancel).
 */
final class Scopes {

    private final ProcessingContext context;

    Scopes(ProcessingContext context) {
        this.context = context;
    }

    /** Nothing waits inside the scope any more: no element instance and no token at one of its joins. */
    boolean isEmpty(ProcessInstance instance, ElementInstance scope) {
        for (ElementInstance element : instance.elements.values()) {
            if (element.parentKey == scope.key) return false;
        }
        return !hasJoinTokens(instance, scope.elementId);
    }

    /** Ends every element instance inside the element (deepest first) and forgets tokens at its joins. */
    void closeInside(ProcessInstance instance, ElementInstance container) {
        List<ElementInstance> inside = new ArrayList<>();
        for (ElementInstance element : instance.elements.values()) {
            if (element.parentKey == container.key) inside.add(element);
        }
        if (inside.isEmpty() && instance.joins.isEmpty()) return;
        for (ElementInstance element : inside) context.tokens.close(instance, element);
        instance.joins.keySet().removeIf(gatewayId -> within(instance, gatewayId, container.elementId));
    }

    private boolean hasJoinTokens(ProcessInstance instance, String containerId) {
        for (Map.Entry<String, Map<String, Integer>> join : instance.joins.entrySet()) {
            if (!within(instance, join.getKey(), containerId)) continue;
            for (int n : join.getValue().values()) if (n > 0) return true;
        }
        return false;
    }

    private boolean within(ProcessInstance instance, String elementId, String containerId) {
        FlowNode node = context.tokens.model(instance).nodes().get(elementId);
        return node != null && containerId.equals(node.parent);
    }
}
