package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.state.EngineState;

/** Buffered messages whose time to live has passed are dropped. */
public final class MessageExpiryChecker implements Checker {

    @Override
    public void run(CommandContext context, long now) {
        EngineState state = context.state;
        while (!state.messageExpiry.isEmpty() && state.messageExpiry.first().at() <= now) {
            state.remove(state.messages.get(state.messageExpiry.first().key()));
        }
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return otherwise;
    }
}
