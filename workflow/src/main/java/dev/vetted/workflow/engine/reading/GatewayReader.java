package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;

/** Parallel and exclusive gateways (with an optional default flow); gateways have no variable mappings. */
final class GatewayReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        FlowNode node;
        if (element instanceof ParallelGateway) {
            node = new FlowNode(element.getId(), ElementKind.PARALLEL_GATEWAY);
        } else if (element instanceof ExclusiveGateway gateway) {
            node = new FlowNode(element.getId(), ElementKind.EXCLUSIVE_GATEWAY);
            node.defaultFlow = gateway.getDefault() == null ? null : gateway.getDefault().getId();
        } else {
            return null;
        }
        rules.readMappings(node, element, ReadingRules.Mappings.NONE, "gateway");
        return node;
    }
}
