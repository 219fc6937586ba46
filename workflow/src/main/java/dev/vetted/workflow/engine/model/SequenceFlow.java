package dev.vetted.workflow.engine.model;

/** A connection between two elements; the condition (FEEL) matters only after an exclusive gateway. */
public record SequenceFlow(String id, String source, String target, String condition) {
}
