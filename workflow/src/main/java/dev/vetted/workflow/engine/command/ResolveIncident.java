package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.Incident;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

/**
 * An operator fixed the cause of an incident. A job's incident makes the job activatable again
 * (it needs retries first); any other retries the step that failed.
 */
public record ResolveIncident(long incidentKey) implements EngineCommand<Void> {

    @Override
    public Void apply(CommandContext context) {
        Incident incident = context.state.incidents.get(incidentKey);
        if (incident == null) throw EngineException.notFound("no incident with key " + incidentKey);
        ProcessInstance instance = context.instance(incident.processInstanceKey);
        ElementInstance element = instance.elements.get(incident.elementInstanceKey);
        if (incident.jobKey != null) {
            Job job = context.state.jobs.get(incident.jobKey);
            if (job != null && job.retries < 1) {
                throw EngineException.precondition("the job " + job.key + " has no retries left; update its retries first");
            }
            context.state.remove(incident);
            if (element != null) element.incidentKey = null;
            context.state.save(instance);
            if (job != null) {
                job.state = Job.State.ACTIVATABLE;
                job.deadline = 0;
                context.state.save(job);
            }
            return null;
        }
        context.state.remove(incident);
        if (element != null) {
            element.incidentKey = null;
            context.processing.tokens.retry(instance, element);
        }
        return null;
    }
}
