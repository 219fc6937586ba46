package dev.vetted.workflow.engine;

/** A connection between two elements; the condition (FEEL) matters only after an exclusive gateway. */
record SequenceFlow(String id, String source, String target, String condition) {
}
