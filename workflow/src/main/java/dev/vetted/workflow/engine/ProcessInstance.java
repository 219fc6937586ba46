package dev.vetted.workflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running process instance with everything that belongs to it: variables, the element
 * instances waiting on something, and the tokens that have arrived at parallel joins. It is
 * stored as one record, so one instance's state is always written whole.
 */
final class ProcessInstance {

    public long key;
    public long definitionKey;
    public String bpmnProcessId;
    public int version;
    public long startedAt;
    /** Set when a message start event created the instance: one live instance per key and process. */
    public String startCorrelationKey;
    public Map<String, Object> variables = new LinkedHashMap<>();
    public Map<Long, ElementInstance> elements = new LinkedHashMap<>();
    /** Parallel gateway id -> incoming flow id -> tokens waiting there. */
    public Map<String, Map<String, Integer>> joins = new HashMap<>();

    /** An element instance that waits: for a job, a message, a timer, or an incident to be resolved. */
    static final class ElementInstance {
        public long key;
        public String elementId;
        public Long jobKey;
        public String messageName;
        public String correlationKey;
        public List<Timer> timers = new ArrayList<>();
        public Map<String, Object> locals = new LinkedHashMap<>();
        public Long incidentKey;
        /** What to retry when the incident is resolved: ACTIVATE (entering) or LEAVE (taking flows). */
        public String failedStep;

        boolean subscribed() {
            return messageName != null;
        }
    }

    /** A timer of a catch event or of a boundary event on the element instance that owns it. */
    static final class Timer {
        public long key;
        public String eventId;
        public long dueAt;

        Timer() {
        }

        Timer(long key, String eventId, long dueAt) {
            this.key = key;
            this.eventId = eventId;
            this.dueAt = dueAt;
        }
    }

    boolean hasWaitingTokens() {
        for (Map<String, Integer> arrivals : joins.values()) {
            for (int n : arrivals.values()) if (n > 0) return true;
        }
        return false;
    }
}
