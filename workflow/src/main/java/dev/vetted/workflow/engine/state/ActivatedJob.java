package dev.vetted.workflow.engine.state;

import java.util.Map;

/** A job handed to a worker, with the variables it asked for, as of activation. */
public record ActivatedJob(Job job, Map<String, Object> variables) {
}
