package dev.vetted.workflow.engine.state;

/**
 * A timer of an event the element instance waits for: its own (a timer catch event), a timer
 * boundary event on it, or a timer catch event after an event-based gateway. A cycle's timer
 * carries how often it still repeats.
 */
public final class Timer {
    public long key;
    public String eventId;
    public long dueAt;
    /** Fires after this one (-1: without end; 0: this is the last). */
    public int repetitionsAfter;
    public long intervalMillis;

    public Timer() {
    }

    public Timer(long key, String eventId, long dueAt, int repetitionsAfter, long intervalMillis) {
        this.key = key;
        this.eventId = eventId;
        this.dueAt = dueAt;
        this.repetitionsAfter = repetitionsAfter;
        this.intervalMillis = intervalMillis;
    }
}
