package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/** Jobs of job-worker elements: made when the element is entered, gone when it ends. */
public final class JobBehavior {

    private final EngineState state;
    private final Expressions expressions;

    JobBehavior(EngineState state, Expressions expressions) {
        this.state = state;
        this.expressions = expressions;
    }

    /**
     * Evaluates the element's job type and retries and makes its job. The job is only stored by
     * {@link #open} once everything else the element needs was evaluated, so a failing
     * expression leaves no job behind.
     */
    Job prepare(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> scope) {
        Job job = new Job();
        job.key = state.newKey();
        job.type = expressions.evaluateString(node.jobType, scope, "job type");
        job.retries = expressions.evaluateInt(node.jobRetries, scope, "job retries");
        job.processInstanceKey = instance.key;
        job.elementInstanceKey = element.key;
        job.elementId = node.id;
        job.bpmnProcessId = instance.bpmnProcessId;
        job.version = instance.version;
        job.definitionKey = instance.definitionKey;
        job.headers = node.headers;
        return job;
    }

    void open(ElementInstance element, Job job) {
        element.jobKey = job.key;
        state.save(job);
    }

    void cancel(long jobKey) {
        Job job = state.jobs.get(jobKey);
        if (job != null) state.remove(job);
    }
}
