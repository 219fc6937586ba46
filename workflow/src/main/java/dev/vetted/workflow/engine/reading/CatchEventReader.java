package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.TimerDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Intermediate message and timer catch events. Both take inputs and outputs; a message's
 * variables reach the instance through the outputs, or are merged when there are none.
 */
final class CatchEventReader implements ElementReader {

    private static final Set<TimerDefinition.Kind> ONCE = EnumSet.of(TimerDefinition.Kind.DURATION, TimerDefinition.Kind.DATE);

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof IntermediateCatchEvent event)) return null;
        EventDefinition def = ReadingRules.single(event.getEventDefinitions(), element);
        FlowNode node;
        if (def instanceof MessageEventDefinition m) {
            node = new FlowNode(element.getId(), ElementKind.MESSAGE_CATCH_EVENT);
            rules.readMessage(node, m.getMessage(), element);
        } else if (def instanceof TimerEventDefinition t) {
            node = new FlowNode(element.getId(), ElementKind.TIMER_CATCH_EVENT);
            node.timer = rules.timer(t, element, ONCE, "intermediate timer catch event");
        } else {
            throw ReadingRules.unsupported(element, (def == null ? "plain" : ReadingRules.definitionName(def))
                    + " intermediate catch event");
        }
        rules.readMappings(node, event, ReadingRules.Mappings.INPUTS_AND_OUTPUTS, "intermediate catch event");
        return node;
    }
}
