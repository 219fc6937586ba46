package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variable scopes and mappings as in Camunda 8. Each element instance is a scope (its local
 * variables: input mappings, SetVariables with local=true) inside its sub-process's, inside the
 * instance's. A variable written to a scope propagates up to the nearest scope that already has
 * it, else to the instance. Variables that come with a completed wait (a job's result, a
 * message's or an error's variables) propagate from the element itself when it has no output
 * mappings; with output mappings only the mapped values propagate, from the element's parent scope.
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

    /** Applies what leaving the element writes to its scopes. */
    void applyOutputs(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> result) {
        if (result == null && node.outputs.isEmpty()) return;
        if (node.outputs.isEmpty()) {
            propagate(instance, element, result);
            return;
        }
        Map<String, Object> scope = scope(instance, element);
        if (result != null) scope.putAll(result);
        Map<String, Object> mapped = new LinkedHashMap<>();
        for (FlowNode.Mapping output : node.outputs) {
            mapped.put(output.target(), expressions.evaluate(output.source(), scope));
        }
        propagate(instance, parent(instance, element), mapped);
    }

    /** Writes each variable to the nearest scope from {@code from} up that has it, else to the instance. */
    public void propagate(ProcessInstance instance, ElementInstance from, Map<String, Object> variables) {
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            ElementInstance scope = from;
            while (scope != null && !scope.locals.containsKey(variable.getKey())) scope = parent(instance, scope);
            if (scope != null) scope.locals.put(variable.getKey(), variable.getValue());
            else instance.variables.put(variable.getKey(), variable.getValue());
        }
    }

    /** Variables an element sees: the instance's, overlaid with each enclosing scope's locals, its own last. */
    public Map<String, Object> scope(ProcessInstance instance, ElementInstance element) {
        Map<String, Object> scope = new HashMap<>(instance.variables);
        if (element == null) return scope;
        if (element.parentKey == 0) {
            scope.putAll(element.locals);
            return scope;
        }
        Deque<ElementInstance> chain = new ArrayDeque<>();
        for (ElementInstance e = element; e != null; e = parent(instance, e)) chain.push(e);
        for (ElementInstance e : chain) scope.putAll(e.locals);
        return scope;
    }

    /** What conditions read: the instance's variables themselves when no scope is in between (no copy). */
    public Map<String, Object> view(ProcessInstance instance, ElementInstance element) {
        if (element == null || (element.parentKey == 0 && element.locals.isEmpty())) return instance.variables;
        return scope(instance, element);
    }

    private static ElementInstance parent(ProcessInstance instance, ElementInstance element) {
        return element.parentKey == 0 ? null : instance.elements.get(element.parentKey);
    }
}
