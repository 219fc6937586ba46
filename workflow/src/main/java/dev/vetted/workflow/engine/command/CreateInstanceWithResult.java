package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts an instance and keeps the client waiting for its end: the result future gets the
 * instance's variables (those in fetch, or all), or DEADLINE_EXCEEDED at waitMillis.
 */
public record CreateInstanceWithResult(CreateInstance create, long waitMillis, List<String> fetch,
                                       CompletableFuture<Map<String, Object>> result)
        implements EngineCommand<ProcessInstance> {

    @Override
    public ProcessInstance apply(CommandContext context) {
        ProcessInstance instance = create.apply(context);
        if (context.state.instances.containsKey(instance.key)) {
            context.results.add(instance.key, context.processing.clock.millis() + waitMillis, fetch, result);
        } else {
            Map<String, Object> vars = Variables.select(instance.variables, fetch);
            context.afterCommit(() -> result.complete(vars));
        }
        return instance;
    }
}
