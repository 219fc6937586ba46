package dev.vetted.workflow.engine.state;

/** A problem an instance cannot get past by itself; an operator fixes the cause and resolves it. */
public final class Incident {

    public long key;
    public String errorType;
    public String message;
    public long processInstanceKey;
    public long elementInstanceKey;
    public String elementId;
    /** Set for incidents of a job out of retries. */
    public Long jobKey;
    public long createdAt;
}
