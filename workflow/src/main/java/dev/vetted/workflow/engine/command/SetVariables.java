package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * Sets variables on a scope: an instance (by its key) or one of its element instances. With
 * {@code local} they are the element's own; without, each propagates from that scope up to the
 * nearest one that has it, else to the instance.
 */
public record SetVariables(long scopeKey, Map<String, Object> variables, boolean local) implements EngineCommand<Long> {

    @Override
    public Long apply(CommandContext context) {
        boolean isInstance = context.state.instances.containsKey(scopeKey);
        Long owner = isInstance ? Long.valueOf(scopeKey) : context.state.elementOwner.get(scopeKey);
        if (owner == null) throw EngineException.notFound("no process instance or element instance with key " + scopeKey);
        ProcessInstance instance = context.instance(owner);
        ElementInstance element = isInstance ? null : instance.elements.get(scopeKey);
        if (element == null) instance.variables.putAll(variables);
        else if (local) element.locals.putAll(variables);
        else context.processing.variables.propagate(instance, element, variables);
        context.state.save(instance);
        return context.state.newKey();
    }
}
