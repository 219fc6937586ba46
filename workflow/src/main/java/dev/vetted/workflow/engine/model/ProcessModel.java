package dev.vetted.workflow.engine.model;

import java.util.List;
import java.util.Map;

/** An executable process as deployed: its elements by id and its start events by kind. */
public record ProcessModel(String bpmnProcessId, Map<String, FlowNode> nodes, List<FlowNode> noneStarts,
                           List<FlowNode> messageStarts, List<FlowNode> timerStarts) {

    public FlowNode node(String id) {
        FlowNode node = nodes.get(id);
        if (node == null) throw new IllegalStateException("no element '" + id + "' in process " + bpmnProcessId);
        return node;
    }
}
