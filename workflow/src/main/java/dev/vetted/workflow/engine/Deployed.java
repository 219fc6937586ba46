package dev.vetted.workflow.engine;

import java.util.List;

/** The answer to a deployment: its key and the process versions it holds. */
record Deployed(long key, List<ProcessDefinition> processes) {
}
