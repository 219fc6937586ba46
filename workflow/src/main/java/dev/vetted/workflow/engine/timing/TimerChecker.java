package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.state.EngineState;

/** Timers that fell due, oldest first: of catch, boundary and gateway events, and of timer start events. */
public final class TimerChecker implements Checker {

    @Override
    public void run(CommandContext context, long now) {
        EngineState state = context.state;
        while (!state.timers.isEmpty() && state.timers.first().dueAt() <= now) {
            EngineState.TimerRef due = state.timers.pollFirst();
            // instance key 0 marks a timer start event's occurrence
            if (due.instanceKey() == 0) context.processing.startTimers.fire(due);
            else context.processing.timers.fire(due);
        }
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return context.state.timers.isEmpty() ? otherwise : Math.min(otherwise, context.state.timers.first().dueAt());
    }
}
