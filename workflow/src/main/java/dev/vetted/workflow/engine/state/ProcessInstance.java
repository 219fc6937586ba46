package dev.vetted.workflow.engine.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running process instance with everything that belongs to it: variables, the element
 * instances waiting on something, and the tokens that have arrived at parallel joins. It is
 * stored as one record, so one instance's state is always written whole.
 */
public final class ProcessInstance {

    public long key;
    public long definitionKey;
    public String bpmnProcessId;
    public int version;
    public long startedAt;
    /** Set when a message start event created the instance: one live instance per key and process. */
    public String startCorrelationKey;
    /** Set for an instance a call activity started: the calling instance and its call activity's element instance. */
    public long parentInstanceKey;
    public long parentElementKey;
    public Map<String, Object> variables = new LinkedHashMap<>();
    public Map<Long, ElementInstance> elements = new LinkedHashMap<>();
    /** Parallel gateway id -> incoming flow id -> tokens waiting there. */
    public Map<String, Map<String, Integer>> joins = new HashMap<>();

    public boolean hasWaitingTokens() {
        for (Map<String, Integer> arrivals : joins.values()) {
            for (int n : arrivals.values()) if (n > 0) return true;
        }
        return false;
    }
}
