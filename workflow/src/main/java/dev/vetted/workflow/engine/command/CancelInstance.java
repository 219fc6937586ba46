package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ProcessInstance;

/** Ends an instance with everything it waits for; clients waiting for its result are told. */
public record CancelInstance(long instanceKey) implements EngineCommand<Void> {

    @Override
    public Void apply(CommandContext context) {
        ProcessInstance instance = context.instance(instanceKey);
        if (instance.parentInstanceKey != 0) {
            throw EngineException.precondition("process instance " + instanceKey + " was started by a call activity of instance "
                    + instance.parentInstanceKey + "; cancel that one instead");
        }
        context.processing.tokens.cancel(instance);
        context.results.cancelled(instance.key, context);
        return null;
    }
}
