package dev.vetted.workflow.engine.model;

import java.util.List;

/** The answer to a deployment: its key and the process versions it holds. */
public record Deployed(long key, List<ProcessDefinition> processes) {
}
