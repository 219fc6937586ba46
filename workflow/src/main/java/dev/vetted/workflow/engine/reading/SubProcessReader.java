package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;

import java.util.List;
import java.util.Map;

/**
 * Embedded sub-processes (their elements are read by {@link BpmnReader} into the same model, each
 * naming the sub-process as its parent). One none start event inside; inputs and outputs; event
 * sub-processes are refused.
 */
final class SubProcessReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof SubProcess sub)) return null;
        if (sub.triggeredByEvent()) {
            throw ReadingRules.unsupported(element, "event sub-process");
        }
        FlowNode node = new FlowNode(element.getId(), ElementKind.SUB_PROCESS);
        rules.readMappings(node, sub, ReadingRules.Mappings.INPUTS_AND_OUTPUTS, "sub-process");
        return node;
    }

    @Override
    public void checkConnections(FlowNode node, Map<String, FlowNode> nodes) {
        List<FlowNode> starts = nodes.values().stream().filter(n -> node.id.equals(n.parent))
                .filter(n -> n.kind == ElementKind.START_EVENT || n.kind == ElementKind.MESSAGE_START_EVENT
                        || n.kind == ElementKind.TIMER_START_EVENT).toList();
        if (starts.size() != 1 || starts.get(0).kind != ElementKind.START_EVENT) {
            throw EngineException.invalid("sub-process '" + node.id + "' must have exactly one none start event, it has "
                    + starts.size() + " start events" + (starts.size() == 1 ? " of another kind" : ""));
        }
        node.start = starts.get(0);
    }
}
