package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * zeebe:ioMapping, and how variables that come with a completed wait (a job's result, a
 * message's or an error's variables) reach the instance: without output mappings they are merged
 * into it; with output mappings only the mapped values are, evaluated over the element's
 * variables together with the result.
 */
public final class VariableMappings {

    private final Expressions expressions;

    VariableMappings(Expressions expressions) {
        this.expressions = expressions;
    }

    /** Evaluates the element's input mappings into its local variables; answers what it sees. */
    Map<String, Object> applyInputs(ProcessInstance instance, FlowNode node, ElementInstance element) {
        Map<String, Object> scope = scope(instance, element);
        for (FlowNode.Mapping input : node.inputs) {
            Object value = expressions.evaluate(input.source(), scope);
            element.locals.put(input.target(), value);
            scope.put(input.target(), value);
        }
        return scope;
    }

    /** Applies what leaving the element writes to the instance; the element may be null (boundary events). */
    void applyOutputs(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> result) {
        if (result == null && node.outputs.isEmpty()) return;
        if (node.outputs.isEmpty()) {
            instance.variables.putAll(result);
            return;
        }
        Map<String, Object> scope = scope(instance, element);
        if (result != null) scope.putAll(result);
        Map<String, Object> mapped = new LinkedHashMap<>();
        for (FlowNode.Mapping output : node.outputs) {
            mapped.put(output.target(), expressions.evaluate(output.source(), scope));
        }
        instance.variables.putAll(mapped);
    }

    /** Variables an element sees: the instance's, overlaid with its own input mappings. */
    public Map<String, Object> scope(ProcessInstance instance, ElementInstance element) {
        Map<String, Object> scope = new HashMap<>(instance.variables);
        if (element != null) scope.putAll(element.locals);
        return scope;
    }
}
