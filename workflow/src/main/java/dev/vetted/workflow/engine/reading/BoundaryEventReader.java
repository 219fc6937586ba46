package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.TimerDefinition;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;

import java.util.EnumSet;

/**
 * Timer, error and message boundary events, interrupting or not (error ones always interrupt).
 * Output mappings only, as in Camunda 8: the error's or message's variables reach the instance
 * through them, or are merged when there are none.
 */
final class BoundaryEventReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof BoundaryEvent boundary)) return null;
        String id = element.getId();
        EventDefinition def = ReadingRules.single(boundary.getEventDefinitions(), element);
        FlowNode node;
        if (def instanceof TimerEventDefinition t) {
            node = new FlowNode(id, ElementKind.TIMER_BOUNDARY_EVENT);
            node.timer = rules.timer(t, element, EnumSet.allOf(TimerDefinition.Kind.class), "boundary event");
        } else if (def instanceof ErrorEventDefinition e) {
            node = new FlowNode(id, ElementKind.ERROR_BOUNDARY_EVENT);
            node.errorCode = e.getError() == null ? null : e.getError().getErrorCode();
            if (!boundary.cancelActivity()) throw EngineException.invalid("error boundary event '" + id + "' must interrupt its activity");
        } else if (def instanceof MessageEventDefinition m) {
            node = new FlowNode(id, ElementKind.MESSAGE_BOUNDARY_EVENT);
            rules.readMessage(node, m.getMessage(), element);
        } else {
            throw ReadingRules.unsupported(element, (def == null ? "plain" : ReadingRules.definitionName(def)) + " boundary event");
        }
        Activity host = boundary.getAttachedTo();
        if (host == null) throw EngineException.invalid("boundary event '" + id + "' is not attached to an activity");
        node.attachedTo = host.getId();
        node.interrupting = boundary.cancelActivity();
        rules.readMappings(node, boundary, ReadingRules.Mappings.OUTPUTS_ONLY, "boundary event");
        return node;
    }
}
