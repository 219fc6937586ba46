package dev.vetted.workflow.engine.timing;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.command.ResultWaiters;

/**
 * Clients waiting for an instance's result whose request timeout passed get DEADLINE_EXCEEDED,
 * whether or not any worker is polling (they were once swept only with a poll parked).
 */
public final class ResultWaiterChecker implements Checker {

    private final ResultWaiters waiters;

    public ResultWaiterChecker(ResultWaiters waiters) {
        this.waiters = waiters;
    }

    @Override
    public void run(CommandContext context, long now) {
        waiters.expire(now, context);
    }

    @Override
    public long nextDue(CommandContext context, long otherwise) {
        return waiters.nextDeadline(otherwise);
    }
}
