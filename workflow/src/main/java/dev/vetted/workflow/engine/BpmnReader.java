package dev.vetted.workflow.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads BPMN XML into {@link ProcessModel}s and refuses, naming kind and id, every element the
 * engine does not run, so a model never fails half-way through an instance instead.
 */
final class BpmnReader {

    private final Expressions expressions;

    BpmnReader(Expressions expressions) {
        this.expressions = expressions;
    }

    List<ProcessModel> read(String resourceName, byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw EngineException.invalid("'" + resourceName + "' is not a valid BPMN model: " + rootMessage(e));
        }
        List<ProcessModel> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) continue;
            processes.add(readProcess(resourceName, process));
        }
        if (processes.isEmpty()) {
            throw EngineException.invalid("'" + resourceName + "' has no executable process (isExecutable=\"true\")");
        }
        return processes;
    }

    private ProcessModel readProcess(String resource, Process process) {
        String pid = process.getId();
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        List<io.camunda.zeebe.model.bpmn.instance.SequenceFlow> flows = new ArrayList<>();
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof io.camunda.zeebe.model.bpmn.instance.SequenceFlow flow) {
                flows.add(flow);
            } else {
                FlowNode node = readNode(resource, element);
                nodes.put(node.id, node);
            }
        }
        for (var flow : flows) {
            String condition = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent();
            if (condition != null) {
                condition = condition.strip();
                if (condition.isEmpty()) condition = null;
                else expressions.check(condition, "condition of sequence flow '" + flow.getId() + "'");
            }
            SequenceFlow sf = new SequenceFlow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), condition);
            nodes.get(sf.source()).outgoing.add(sf);
            nodes.get(sf.target()).incoming.add(sf);
        }
        List<FlowNode> noneStarts = new ArrayList<>();
        List<FlowNode> messageStarts = new ArrayList<>();
        for (FlowNode node : nodes.values()) {
            if (node.attachedTo != null) {
                FlowNode host = nodes.get(node.attachedTo);
                if (host == null) throw EngineException.invalid("boundary event '" + node.id + "' is attached to unknown element '" + node.attachedTo + "'");
                host.boundaries.add(node);
            }
            if (node.kind == ElementKind.START_EVENT) noneStarts.add(node);
            if (node.kind == ElementKind.MESSAGE_START_EVENT) messageStarts.add(node);
            if (node.kind == ElementKind.EXCLUSIVE_GATEWAY && node.defaultFlow != null
                    && node.outgoing.stream().noneMatch(f -> f.id().equals(node.defaultFlow))) {
                throw EngineException.invalid("exclusive gateway '" + node.id + "' names default flow '" + node.defaultFlow + "' that does not leave it");
            }
        }
        if (noneStarts.size() > 1) {
            throw EngineException.invalid("process '" + pid + "' has " + noneStarts.size() + " none start events; at most one is allowed");
        }
        if (noneStarts.isEmpty() && messageStarts.isEmpty()) {
            throw EngineException.invalid("process '" + pid + "' has no start event");
        }
        return new ProcessModel(pid, Map.copyOf(nodes), List.copyOf(noneStarts), List.copyOf(messageStarts));
    }

    private FlowNode readNode(String resource, FlowElement element) {
        String id = element.getId();
        if (element instanceof StartEvent start) {
            EventDefinition def = single(start.getEventDefinitions(), element);
            if (def == null) return new FlowNode(id, ElementKind.START_EVENT);
            if (def instanceof MessageEventDefinition m) {
                FlowNode node = new FlowNode(id, ElementKind.MESSAGE_START_EVENT);
                node.messageName = messageName(m.getMessage(), element);
                return node;
            }
            throw unsupported(element, definitionName(def) + " start event");
        }
        if (element instanceof EndEvent end) {
            if (!end.getEventDefinitions().isEmpty()) {
                throw unsupported(element, definitionName(end.getEventDefinitions().iterator().next()) + " end event");
            }
            return new FlowNode(id, ElementKind.END_EVENT);
        }
        if (element instanceof ServiceTask task) {
            FlowNode node = new FlowNode(id, ElementKind.SERVICE_TASK);
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
                throw EngineException.invalid("service task '" + id + "' has no job type (zeebe:taskDefinition type)");
            }
            node.jobType = definition.getType();
            expressions.check(node.jobType, "job type of '" + id + "'");
            if (definition.getRetries() != null && !definition.getRetries().isBlank()) {
                node.jobRetries = definition.getRetries();
                expressions.check(node.jobRetries, "retries of '" + id + "'");
            }
            ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
            if (headers != null) {
                Map<String, String> map = new LinkedHashMap<>();
                for (ZeebeHeader h : headers.getHeaders()) map.put(h.getKey(), h.getValue());
                node.headers = Map.copyOf(map);
            }
            readMappings(node, task);
            return node;
        }
        if (element instanceof ReceiveTask task) {
            FlowNode node = new FlowNode(id, ElementKind.RECEIVE_TASK);
            readMessage(node, task.getMessage(), element);
            readMappings(node, task);
            return node;
        }
        if (element instanceof IntermediateCatchEvent catchEvent) {
            EventDefinition def = single(catchEvent.getEventDefinitions(), element);
            if (def instanceof MessageEventDefinition m) {
                FlowNode node = new FlowNode(id, ElementKind.MESSAGE_CATCH_EVENT);
                readMessage(node, m.getMessage(), element);
                readMappings(node, catchEvent);
                return node;
            }
            if (def instanceof TimerEventDefinition t) {
                FlowNode node = new FlowNode(id, ElementKind.TIMER_CATCH_EVENT);
                node.timerDuration = duration(t, element);
                return node;
            }
            throw unsupported(element, (def == null ? "plain" : definitionName(def)) + " intermediate catch event");
        }
        if (element instanceof BoundaryEvent boundary) {
            EventDefinition def = single(boundary.getEventDefinitions(), element);
            Activity host = boundary.getAttachedTo();
            FlowNode node;
            if (def instanceof TimerEventDefinition t) {
                node = new FlowNode(id, ElementKind.TIMER_BOUNDARY_EVENT);
                node.timerDuration = duration(t, element);
            } else if (def instanceof ErrorEventDefinition e) {
                node = new FlowNode(id, ElementKind.ERROR_BOUNDARY_EVENT);
                node.errorCode = e.getError() == null ? null : e.getError().getErrorCode();
                if (!boundary.cancelActivity()) throw EngineException.invalid("error boundary event '" + id + "' must interrupt its activity");
            } else {
                throw unsupported(element, (def == null ? "plain" : definitionName(def)) + " boundary event");
            }
            if (host == null) throw EngineException.invalid("boundary event '" + id + "' is not attached to an activity");
            node.attachedTo = host.getId();
            node.interrupting = boundary.cancelActivity();
            return node;
        }
        if (element instanceof ParallelGateway) return new FlowNode(id, ElementKind.PARALLEL_GATEWAY);
        if (element instanceof ExclusiveGateway gateway) {
            FlowNode node = new FlowNode(id, ElementKind.EXCLUSIVE_GATEWAY);
            node.defaultFlow = gateway.getDefault() == null ? null : gateway.getDefault().getId();
            return node;
        }
        throw unsupported(element, element.getElementType().getTypeName());
    }

    private void readMessage(FlowNode node, Message message, BaseElement element) {
        node.messageName = messageName(message, element);
        ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
        if (subscription == null || subscription.getCorrelationKey() == null || subscription.getCorrelationKey().isBlank()) {
            throw EngineException.invalid("message '" + node.messageName + "' of '" + node.id
                    + "' has no correlation key (zeebe:subscription correlationKey)");
        }
        node.correlationKey = subscription.getCorrelationKey();
        expressions.check(node.correlationKey, "correlation key of '" + node.id + "'");
    }

    private String messageName(Message message, BaseElement element) {
        if (message == null || message.getName() == null || message.getName().isBlank()) {
            throw EngineException.invalid("'" + element.getId() + "' refers to no message with a name");
        }
        expressions.check(message.getName(), "message name of '" + element.getId() + "'");
        return message.getName();
    }

    private String duration(TimerEventDefinition timer, BaseElement element) {
        if (timer.getTimeDuration() == null) {
            throw unsupported(element, "timer without a duration (time dates and cycles are not supported)");
        }
        String text = timer.getTimeDuration().getTextContent().strip();
        expressions.checkDuration(text, "timer duration of '" + element.getId() + "'");
        return text;
    }

    private void readMappings(FlowNode node, BaseElement element) {
        ZeebeIoMapping mapping = element.getSingleExtensionElement(ZeebeIoMapping.class);
        if (mapping == null) return;
        List<FlowNode.Mapping> inputs = new ArrayList<>();
        mapping.getInputs().forEach(i -> inputs.add(new FlowNode.Mapping(i.getSource(), i.getTarget())));
        List<FlowNode.Mapping> outputs = new ArrayList<>();
        mapping.getOutputs().forEach(o -> outputs.add(new FlowNode.Mapping(o.getSource(), o.getTarget())));
        for (var m : inputs) expressions.check(m.source(), "input mapping of '" + node.id + "'");
        for (var m : outputs) expressions.check(m.source(), "output mapping of '" + node.id + "'");
        node.inputs = List.copyOf(inputs);
        node.outputs = List.copyOf(outputs);
    }

    private static EventDefinition single(Collection<EventDefinition> definitions, BaseElement element) {
        if (definitions.size() > 1) throw unsupported(element, "event with several definitions");
        return definitions.isEmpty() ? null : definitions.iterator().next();
    }

    private static String definitionName(EventDefinition def) {
        String type = def.getElementType().getTypeName();
        return type.replace("EventDefinition", "").toLowerCase();
    }

    private static EngineException unsupported(BaseElement element, String kind) {
        return EngineException.invalid("element '" + element.getId() + "' is a " + kind
                + ", which the embedded engine does not support");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
