package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/** Sets variables on an instance, named by its key or the key of one of its element instances. */
public record SetVariables(long scopeKey, Map<String, Object> variables) implements EngineCommand<Long> {

    @Override
    public Long apply(CommandContext context) {
        Long owner = context.state.instances.containsKey(scopeKey) ? Long.valueOf(scopeKey) : context.state.elementOwner.get(scopeKey);
        if (owner == null) throw EngineException.notFound("no process instance or element instance with key " + scopeKey);
        ProcessInstance instance = context.instance(owner);
        instance.variables.putAll(variables);
        context.state.save(instance);
        return context.state.newKey();
    }
}
