package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.TimerDefinition;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What element readers share: messages, timers, variable mappings, and the words of a refusal. */
final class ReadingRules {

    /** Which zeebe:ioMapping entries an element kind can have, as in Camunda 8. */
    enum Mappings {
        INPUTS_AND_OUTPUTS, INPUTS_ONLY, OUTPUTS_ONLY, NONE
    }

    private final Expressions expressions;

    ReadingRules(Expressions expressions) {
        this.expressions = expressions;
    }

    void checkExpression(String expression, String what) {
        expressions.check(expression, what);
    }

    /** The element's message name and correlation key; both required, both may be expressions. */
    void readMessage(FlowNode node, Message message, BaseElement element) {
        node.messageName = messageName(message, element);
        ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
        if (subscription == null || subscription.getCorrelationKey() == null || subscription.getCorrelationKey().isBlank()) {
            throw EngineException.invalid("message '" + node.messageName + "' of '" + node.id
                    + "' has no correlation key (zeebe:subscription correlationKey)");
        }
        node.correlationKey = subscription.getCorrelationKey();
        expressions.check(node.correlationKey, "correlation key of '" + node.id + "'");
    }

    String messageName(Message message, BaseElement element) {
        if (message == null || message.getName() == null || message.getName().isBlank()) {
            throw EngineException.invalid("'" + element.getId() + "' refers to no message with a name");
        }
        expressions.check(message.getName(), "message name of '" + element.getId() + "'");
        return message.getName();
    }

    /**
     * The event's timer: a duration, a date or a cycle, of the kinds this event may have (a catch
     * event cannot repeat, a start event needs a date or cycle); any other is refused by name.
     */
    TimerDefinition timer(TimerEventDefinition timer, BaseElement element, Set<TimerDefinition.Kind> allowed, String kindName) {
        TimerDefinition definition;
        if (timer.getTimeDuration() != null) {
            definition = new TimerDefinition(TimerDefinition.Kind.DURATION, timer.getTimeDuration().getTextContent().strip());
        } else if (timer.getTimeDate() != null) {
            definition = new TimerDefinition(TimerDefinition.Kind.DATE, timer.getTimeDate().getTextContent().strip());
        } else if (timer.getTimeCycle() != null) {
            definition = new TimerDefinition(TimerDefinition.Kind.CYCLE, timer.getTimeCycle().getTextContent().strip());
        } else {
            throw EngineException.invalid("timer event '" + element.getId() + "' has no duration, date or cycle");
        }
        if (!allowed.contains(definition.kind())) {
            throw EngineException.invalid("timer event '" + element.getId() + "' has a time " + definition.kind().name().toLowerCase()
                    + ", which a " + kindName + " cannot have");
        }
        expressions.timers().check(definition, "timer " + definition.kind().name().toLowerCase() + " of '" + element.getId() + "'");
        return definition;
    }

    /**
     * Reads the element's zeebe:ioMapping, refusing entries its kind cannot have rather than
     * dropping them: a mapping that silently does nothing is a process that silently misbehaves.
     */
    void readMappings(FlowNode node, BaseElement element, Mappings allowed, String kindName) {
        ZeebeIoMapping mapping = element.getSingleExtensionElement(ZeebeIoMapping.class);
        if (mapping == null) return;
        List<FlowNode.Mapping> inputs = new ArrayList<>();
        mapping.getInputs().forEach(i -> inputs.add(new FlowNode.Mapping(i.getSource(), i.getTarget())));
        List<FlowNode.Mapping> outputs = new ArrayList<>();
        mapping.getOutputs().forEach(o -> outputs.add(new FlowNode.Mapping(o.getSource(), o.getTarget())));
        boolean inputsAllowed = allowed == Mappings.INPUTS_AND_OUTPUTS || allowed == Mappings.INPUTS_ONLY;
        boolean outputsAllowed = allowed == Mappings.INPUTS_AND_OUTPUTS || allowed == Mappings.OUTPUTS_ONLY;
        if (!inputs.isEmpty() && !inputsAllowed) throw refusedMappings(node, "input", kindName);
        if (!outputs.isEmpty() && !outputsAllowed) throw refusedMappings(node, "output", kindName);
        for (var m : inputs) checkMapping(m, "input", node);
        for (var m : outputs) checkMapping(m, "output", node);
        node.inputs = List.copyOf(inputs);
        node.outputs = List.copyOf(outputs);
    }

    private void checkMapping(FlowNode.Mapping m, String direction, FlowNode node) {
        if (m.target() == null || m.target().isBlank()) {
            throw EngineException.invalid("an " + direction + " mapping of '" + node.id + "' has no target variable");
        }
        if (m.source() == null || m.source().isBlank()) {
            throw EngineException.invalid("the " + direction + " mapping to '" + m.target() + "' of '" + node.id + "' has no source");
        }
        expressions.check(m.source(), direction + " mapping of '" + node.id + "'");
    }

    private static EngineException refusedMappings(FlowNode node, String direction, String kindName) {
        return EngineException.invalid("element '" + node.id + "' has " + direction + " mappings (zeebe:" + direction
                + "), which a " + kindName + " cannot have");
    }

    static EventDefinition single(Collection<EventDefinition> definitions, BaseElement element) {
        if (definitions.size() > 1) throw unsupported(element, "event with several definitions");
        return definitions.isEmpty() ? null : definitions.iterator().next();
    }

    static String definitionName(EventDefinition def) {
        return def.getElementType().getTypeName().replace("EventDefinition", "").toLowerCase();
    }

    static EngineException unsupported(BaseElement element, String kind) {
        return EngineException.invalid("element '" + element.getId() + "' is a " + kind
                + ", which the embedded engine does not support");
    }
}
