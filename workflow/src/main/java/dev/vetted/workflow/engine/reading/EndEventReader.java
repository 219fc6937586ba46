package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;

/** None end events; input mappings are evaluated (a failing one is an incident) and end with the token. */
final class EndEventReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof EndEvent end)) return null;
        if (!end.getEventDefinitions().isEmpty()) {
            throw ReadingRules.unsupported(element,
                    ReadingRules.definitionName(end.getEventDefinitions().iterator().next()) + " end event");
        }
        FlowNode node = new FlowNode(element.getId(), ElementKind.END_EVENT);
        rules.readMappings(node, end, ReadingRules.Mappings.INPUTS_ONLY, "none end event");
        return node;
    }
}
