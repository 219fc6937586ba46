package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.TimerDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;

import java.util.EnumSet;

/** None, message and timer start events (a timer start has a date or a cycle); output mappings only, as in Camunda 8. */
final class StartEventReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof StartEvent start)) return null;
        EventDefinition def = ReadingRules.single(start.getEventDefinitions(), element);
        FlowNode node;
        if (def == null) {
            node = new FlowNode(element.getId(), ElementKind.START_EVENT);
        } else if (def instanceof MessageEventDefinition m) {
            node = new FlowNode(element.getId(), ElementKind.MESSAGE_START_EVENT);
            node.messageName = rules.messageName(m.getMessage(), element);
        } else if (def instanceof TimerEventDefinition t) {
            node = new FlowNode(element.getId(), ElementKind.TIMER_START_EVENT);
            node.timer = rules.timer(t, element, EnumSet.of(TimerDefinition.Kind.DATE, TimerDefinition.Kind.CYCLE), "timer start event");
        } else {
            throw ReadingRules.unsupported(element, ReadingRules.definitionName(def) + " start event");
        }
        rules.readMappings(node, start, ReadingRules.Mappings.OUTPUTS_ONLY, "start event");
        return node;
    }
}
