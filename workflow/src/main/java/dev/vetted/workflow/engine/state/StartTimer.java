package dev.vetted.workflow.engine.state;

/** The next occurrence of a timer start event of one deployed process version. */
public final class StartTimer {
    public long key;
    public long definitionKey;
    public String eventId;
    public long dueAt;
    /** Occurrences after this one (-1: without end). */
    public int repetitionsAfter;
    public long intervalMillis;
}
