package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * A token at one element: the instance, the element as modelled, its element instance (new, not
 * yet waiting), the flow it came by (null at a start event) and the variables it sees.
 */
public record Activation(Tokens tokens, ProcessInstance instance, FlowNode node, ElementInstance element,
                         SequenceFlow via, Map<String, Object> scope) {
}
