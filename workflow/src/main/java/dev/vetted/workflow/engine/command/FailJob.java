package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * A worker could not do its job: with retries left it is activatable again (after the backoff);
 * with none an incident (JOB_NO_RETRIES) holds the element until retries are given and it is resolved.
 */
public record FailJob(long jobKey, int retries, String errorMessage, long backoffMillis, Map<String, Object> variables)
        implements EngineCommand<Void> {

    @Override
    public Void apply(CommandContext context) {
        Job job = context.job(jobKey, "fail");
        ProcessInstance instance = context.instance(job.processInstanceKey);
        // as in Camunda 8, a failing worker's variables are local to the job's element (seen by its retries)
        ElementInstance element = instance.elements.get(job.elementInstanceKey);
        if (variables != null) (element != null ? element.locals : instance.variables).putAll(variables);
        context.state.save(instance);
        job.retries = retries;
        job.errorMessage = errorMessage == null ? "" : errorMessage;
        job.worker = "";
        if (retries > 0 && backoffMillis > 0) {
            job.state = Job.State.BACKOFF;
            job.deadline = context.processing.clock.millis() + backoffMillis;
        } else if (retries > 0) {
            job.makeActivatable();
        } else {
            job.state = Job.State.INCIDENT;
            String message = errorMessage == null || errorMessage.isEmpty() ? "No more retries left." : errorMessage;
            context.processing.incidents.raiseForJob(instance, job, "JOB_NO_RETRIES", message);
        }
        context.state.save(job);
        return null;
    }
}
