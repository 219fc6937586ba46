package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;

/** Work that falls due with time rather than with a command; run on the engine's thread after every batch. */
public interface Checker {

    /** Does whatever is due at {@code now}. */
    void run(CommandContext context, long now);

    /** The earliest moment something of this checker falls due, or {@code otherwise} if sooner. */
    long nextDue(CommandContext context, long otherwise);
}
