package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessModel;
import dev.vetted.workflow.engine.model.SequenceFlow;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads BPMN XML into {@link ProcessModel}s: each element by the reader of its kind, then the
 * sequence flows and the checks that span elements. Every element the engine does not run is
 * refused naming its kind and id, so a model never fails half-way through an instance instead.
 */
public final class BpmnReader {

    private final ReadingRules rules;
    private final List<ElementReader> readers = List.of(new StartEventReader(), new EndEventReader(), new TaskReader(),
            new CatchEventReader(), new BoundaryEventReader(), new GatewayReader(), new SubProcessReader(),
            new CallActivityReader());

    public BpmnReader(Expressions expressions) {
        this.rules = new ReadingRules(expressions);
    }

    public List<ProcessModel> read(String resourceName, byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw EngineException.invalid("'" + resourceName + "' is not a valid BPMN model: " + rootMessage(e));
        }
        List<ProcessModel> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) processes.add(readProcess(process));
        }
        if (processes.isEmpty()) {
            throw EngineException.invalid("'" + resourceName + "' has no executable process (isExecutable=\"true\")");
        }
        return processes;
    }

    private ProcessModel readProcess(Process process) {
        String pid = process.getId();
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        Map<FlowNode, ElementReader> readBy = new HashMap<>();
        List<io.camunda.zeebe.model.bpmn.instance.SequenceFlow> flows = new ArrayList<>();
        readContainer(process.getFlowElements(), null, nodes, flows, readBy);
        for (var flow : flows) connect(nodes, flow);
        List<FlowNode> noneStarts = new ArrayList<>();
        List<FlowNode> messageStarts = new ArrayList<>();
        List<FlowNode> timerStarts = new ArrayList<>();
        for (FlowNode node : nodes.values()) {
            if (node.attachedTo != null) attach(nodes, node);
            if (node.parent == null && node.kind == ElementKind.START_EVENT) noneStarts.add(node);
            if (node.parent == null && node.kind == ElementKind.MESSAGE_START_EVENT) messageStarts.add(node);
            if (node.parent == null && node.kind == ElementKind.TIMER_START_EVENT) timerStarts.add(node);
            readBy.get(node).checkConnections(node, nodes);
        }
        if (noneStarts.size() > 1) {
            throw EngineException.invalid("process '" + pid + "' has " + noneStarts.size() + " none start events; at most one is allowed");
        }
        if (noneStarts.isEmpty() && messageStarts.isEmpty() && timerStarts.isEmpty()) {
            throw EngineException.invalid("process '" + pid + "' has no start event");
        }
        return new ProcessModel(pid, Map.copyOf(nodes), List.copyOf(noneStarts), List.copyOf(messageStarts),
                List.copyOf(timerStarts));
    }

    /** Reads a process's or a sub-process's elements, and those of sub-processes inside, each knowing its parent. */
    private void readContainer(Collection<FlowElement> elements, String parent, Map<String, FlowNode> nodes,
                               List<io.camunda.zeebe.model.bpmn.instance.SequenceFlow> flows, Map<FlowNode, ElementReader> readBy) {
        for (FlowElement element : elements) {
            if (element instanceof io.camunda.zeebe.model.bpmn.instance.SequenceFlow flow) {
                flows.add(flow);
                continue;
            }
            FlowNode node = readNode(element, nodes, readBy);
            node.parent = parent;
            if (element instanceof SubProcess sub) readContainer(sub.getFlowElements(), node.id, nodes, flows, readBy);
        }
    }

    private FlowNode readNode(FlowElement element, Map<String, FlowNode> nodes, Map<FlowNode, ElementReader> readBy) {
        for (ElementReader reader : readers) {
            FlowNode node = reader.read(element, rules);
            if (node == null) continue;
            nodes.put(node.id, node);
            readBy.put(node, reader);
            return node;
        }
        throw ReadingRules.unsupported(element, element.getElementType().getTypeName());
    }

    private void connect(Map<String, FlowNode> nodes, io.camunda.zeebe.model.bpmn.instance.SequenceFlow flow) {
        String condition = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent();
        if (condition != null) {
            condition = condition.strip();
            if (condition.isEmpty()) condition = null;
            else rules.checkExpression(condition, "condition of sequence flow '" + flow.getId() + "'");
        }
        SequenceFlow sf = new SequenceFlow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), condition);
        FlowNode target = nodes.get(sf.target());
        FlowNode source = nodes.get(sf.source());
        if (!java.util.Objects.equals(source.parent, target.parent)) {
            throw EngineException.invalid("sequence flow '" + sf.id() + "' crosses the border of a sub-process; "
                    + "a token enters a sub-process at its start event and leaves it when it completes");
        }
        if (target.kind.isBoundary()) {
            throw EngineException.invalid("sequence flow '" + sf.id() + "' leads into boundary event '" + target.id
                    + "'; boundary events have no incoming flows");
        }
        source.outgoing.add(sf);
        target.incoming.add(sf);
    }

    private static void attach(Map<String, FlowNode> nodes, FlowNode boundary) {
        FlowNode host = nodes.get(boundary.attachedTo);
        if (host == null) {
            throw EngineException.invalid("boundary event '" + boundary.id + "' is attached to unknown element '" + boundary.attachedTo + "'");
        }
        host.boundaries.add(boundary);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
