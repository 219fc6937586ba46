package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.state.EngineState;

/** Timers of catch and boundary events that fell due, oldest first. */
public final class TimerChecker implements Checker {

    @Override
    public void run(CommandContext context, long now) {
        EngineState state = context.state;
        while (!state.timers.isEmpty() && state.timers.first().dueAt() <= now) {
            context.processing.timers.fire(state.timers.pollFirst());
        }
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return context.state.timers.isEmpty() ? otherwise : Math.min(otherwise, context.state.timers.first().dueAt());
    }
}
