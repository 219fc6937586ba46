package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/** A worker reports a business error: an error boundary event catches it, or an incident (UNHANDLED_ERROR_EVENT). */
public record ThrowError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables)
        implements EngineCommand<Void> {

    public ThrowError {
        if (errorCode == null || errorCode.isBlank()) throw EngineException.invalid("ThrowError needs an error code");
        errorMessage = errorMessage == null ? "" : errorMessage;
    }

    @Override
    public Void apply(CommandContext context) {
        Job job = context.job(jobKey, "throw an error for");
        ProcessInstance instance = context.instance(job.processInstanceKey);
        ElementInstance element = instance.elements.get(job.elementInstanceKey);
        if (element != null && context.processing.errors.tryCatch(instance, element, errorCode, variables)) return null;
        job.state = Job.State.INCIDENT;
        job.errorMessage = errorMessage;
        context.state.save(job);
        context.processing.incidents.raiseForJob(instance, job, "UNHANDLED_ERROR_EVENT",
                "An error with code '" + errorCode + "' was thrown but not caught: " + errorMessage);
        return null;
    }
}
