package dev.vetted.workflow.engine;

import java.util.Map;

/** A job handed to a worker, with the variables it asked for, as of activation. */
record ActivatedJob(Job job, Map<String, Object> variables) {
}
