package dev.vetted.workflow.engine.state;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A published message kept for its time to live, so that subscriptions opened later still get it. */
public final class BufferedMessage {

    public long key;
    public String name;
    public String correlationKey;
    public String messageId;
    public Map<String, Object> variables = new LinkedHashMap<>();
    public long expiresAt;
    /** A message correlates at most once per process (by BPMN process id). */
    public Set<String> correlatedProcesses = new HashSet<>();
}
