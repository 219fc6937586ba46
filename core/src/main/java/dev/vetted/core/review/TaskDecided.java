package dev.vetted.core.review;

import dev.vetted.core.outbox.DomainEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reviewer decided a task. The verdict is not among the facts: it stays on the task, where
 * publishing reads it, so there is one copy of it.
 */
public record TaskDecided(UUID taskId, ReviewStep step, Decision decision, ReviewStep sendBackTo) implements DomainEvent {

    public static final String NAME = "task.decided";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String key() {
        return taskId.toString();
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", taskId.toString());
        data.put("step", step.name());
        data.put("decision", decision.name());
        if (sendBackTo != null) data.put("sendBackTo", sendBackTo.name());
        return data;
    }
}
