package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/** A worker finished its job: the job's element completes with the job's variables. */
public record CompleteJob(long jobKey, Map<String, Object> variables) implements EngineCommand<Void> {

    @Override
    public Void apply(CommandContext context) {
        Job job = context.job(jobKey, "complete");
        ProcessInstance instance = context.instance(job.processInstanceKey);
        ElementInstance element = instance.elements.get(job.elementInstanceKey);
        context.state.remove(job);
        if (element != null) {
            context.processing.tokens.completeWait(instance, element, variables == null ? Map.of() : variables);
        }
        return null;
    }
}
