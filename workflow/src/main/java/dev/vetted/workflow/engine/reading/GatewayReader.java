package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;

import java.util.Map;

/**
 * Parallel, exclusive, inclusive and event-based gateways. Gateways have no variable mappings;
 * an event-based gateway leads to message and timer catch events.
 */
final class GatewayReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        FlowNode node;
        if (element instanceof ParallelGateway) {
            node = new FlowNode(element.getId(), ElementKind.PARALLEL_GATEWAY);
        } else if (element instanceof ExclusiveGateway gateway) {
            node = new FlowNode(element.getId(), ElementKind.EXCLUSIVE_GATEWAY);
            node.defaultFlow = gateway.getDefault() == null ? null : gateway.getDefault().getId();
        } else if (element instanceof InclusiveGateway gateway) {
            node = new FlowNode(element.getId(), ElementKind.INCLUSIVE_GATEWAY);
            node.defaultFlow = gateway.getDefault() == null ? null : gateway.getDefault().getId();
        } else if (element instanceof EventBasedGateway) {
            node = new FlowNode(element.getId(), ElementKind.EVENT_BASED_GATEWAY);
        } else {
            return null;
        }
        rules.readMappings(node, element, ReadingRules.Mappings.NONE, "gateway");
        return node;
    }

    @Override
    public void checkConnections(FlowNode node, Map<String, FlowNode> nodes) {
        if (node.defaultFlow != null && node.outgoing.stream().noneMatch(f -> f.id().equals(node.defaultFlow))) {
            throw EngineException.invalid("gateway '" + node.id + "' names default flow '" + node.defaultFlow + "' that does not leave it");
        }
        if (node.kind == ElementKind.EVENT_BASED_GATEWAY) checkEvents(node, nodes);
    }

    private static void checkEvents(FlowNode gateway, Map<String, FlowNode> nodes) {
        if (gateway.outgoing.size() < 2) {
            throw EngineException.invalid("event-based gateway '" + gateway.id + "' must lead to at least two events");
        }
        for (SequenceFlow flow : gateway.outgoing) {
            FlowNode target = nodes.get(flow.target());
            if (target.kind != ElementKind.MESSAGE_CATCH_EVENT && target.kind != ElementKind.TIMER_CATCH_EVENT) {
                throw EngineException.invalid("event-based gateway '" + gateway.id + "' leads to " + target
                        + "; it may lead only to intermediate message or timer catch events");
            }
            if (flow.condition() != null) {
                throw EngineException.invalid("sequence flow '" + flow.id() + "' after event-based gateway '" + gateway.id + "' has a condition");
            }
            if (!target.inputs.isEmpty()) {
                throw EngineException.invalid("event '" + target.id + "' after event-based gateway '" + gateway.id
                        + "' has input mappings, which the engine cannot apply there (its subscription is the gateway's)");
            }
        }
    }
}
