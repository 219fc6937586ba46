package dev.vetted.workflow.engine.command;

/**
 * One command to the engine, applied on the engine's thread within a batch. What it changes is
 * stored with its batch before its answer is given; throwing an {@code EngineException} refuses
 * it, and a refused command must have changed nothing.
 */
public interface EngineCommand<T> {

    T apply(CommandContext context);
}
