package dev.vetted.workflow.engine;

/**
 * Told about every batch the engine's thread processed, for operators' metrics. Called on that
 * thread after the batch is answered, so an observer must be quick and must not call the engine.
 */
@FunctionalInterface
public interface BatchObserver {

    BatchObserver NONE = batch -> { };

    /**
     * @param commands      commands in the batch (0 for a round of timers and deadlines alone)
     * @param applyNanos    time spent applying them and the time-driven work to the state
     * @param commitNanos   time spent writing the batch's changes to PostgreSQL (0 when nothing changed)
     * @param stored        false when the batch could not be stored and was answered UNAVAILABLE
     */
    record Batch(int commands, long applyNanos, long commitNanos, boolean stored) { }

    void processed(Batch batch);
}
