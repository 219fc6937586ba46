package dev.vetted.workflow.engine.state;

/** A timer of a catch event or of a boundary event on the element instance that owns it. */
public final class Timer {
    public long key;
    public String eventId;
    public long dueAt;

    public Timer() {
    }

    public Timer(long key, String eventId, long dueAt) {
        this.key = key;
        this.eventId = eventId;
        this.dueAt = dueAt;
    }
}
