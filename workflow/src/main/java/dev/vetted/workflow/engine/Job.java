package dev.vetted.workflow.engine;

import java.util.Map;

/** Work for a job worker, created by a service task. */
final class Job {

    enum State { ACTIVATABLE, ACTIVATED, BACKOFF, INCIDENT }

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
}
