package dev.vetted.workflow.engine.state;

import java.util.Map;

/** Work for a job worker, created by a service task. */
public final class Job {

    public enum State { ACTIVATABLE, ACTIVATED, BACKOFF, INCIDENT }

    public long key;
    public String type;
    public long processInstanceKey;
    public long elementInstanceKey;
    public String elementId;
    public String bpmnProcessId;
    public int version;
    public long definitionKey;
    public Map<String, String> headers = Map.of();
    public int retries;
    public State state = State.ACTIVATABLE;
    public String worker = "";
    /** When an activated job falls back to activatable, or a backed-off job becomes activatable. */
    public long deadline;
    public String errorMessage = "";

    /** Back in the queue for any worker (its time-out passed, its worker went away, its backoff ended). */
    public void makeActivatable() {
        state = State.ACTIVATABLE;
        worker = "";
        deadline = 0;
    }

    /** A snapshot as handed to a worker, which later changes to the job do not touch. */
    public Job copy() {
        Job c = new Job();
        c.key = key;
        c.type = type;
        c.processInstanceKey = processInstanceKey;
        c.elementInstanceKey = elementInstanceKey;
        c.elementId = elementId;
        c.bpmnProcessId = bpmnProcessId;
        c.version = version;
        c.definitionKey = definitionKey;
        c.headers = headers;
        c.retries = retries;
        c.state = state;
        c.worker = worker;
        c.deadline = deadline;
        return c;
    }
}
