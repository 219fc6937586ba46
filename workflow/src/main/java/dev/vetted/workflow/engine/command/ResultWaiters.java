package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Clients waiting for an instance to complete (CreateProcessInstanceWithResult). They wait in
 * memory: after a restart the client times out while the instance goes on.
 */
public final class ResultWaiters {

    private record Waiter(long deadline, List<String> fetch, CompletableFuture<Map<String, Object>> future) {
    }

    private final Map<Long, List<Waiter>> byInstance = new LinkedHashMap<>();

    void add(long instanceKey, long deadline, List<String> fetch, CompletableFuture<Map<String, Object>> future) {
        byInstance.computeIfAbsent(instanceKey, k -> new ArrayList<>()).add(new Waiter(deadline, fetch, future));
    }

    /** The instance completed: its waiters get its variables once the batch is stored. */
    public void completed(ProcessInstance instance, CommandContext context) {
        List<Waiter> waiters = byInstance.remove(instance.key);
        if (waiters == null) return;
        for (Waiter waiter : waiters) {
            Map<String, Object> vars = Variables.select(instance.variables, waiter.fetch());
            context.afterCommit(() -> waiter.future().complete(vars));
        }
    }

    void cancelled(long instanceKey, CommandContext context) {
        List<Waiter> waiters = byInstance.remove(instanceKey);
        if (waiters == null) return;
        for (Waiter waiter : waiters) {
            context.afterCommit(() -> waiter.future().completeExceptionally(
                    new EngineException(EngineException.Reason.ABORTED, "the process instance was cancelled")));
        }
    }

    /** Answers DEADLINE_EXCEEDED to every waiter whose request timeout has passed. */
    public void expire(long now, CommandContext context) {
        for (Iterator<Map.Entry<Long, List<Waiter>>> it = byInstance.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, List<Waiter>> entry = it.next();
            entry.getValue().removeIf(waiter -> {
                if (waiter.deadline() > now) return false;
                context.afterCommit(() -> waiter.future().completeExceptionally(new EngineException(
                        EngineException.Reason.DEADLINE_EXCEEDED,
                        "the process instance " + entry.getKey() + " did not complete within the request timeout")));
                return true;
            });
            if (entry.getValue().isEmpty()) it.remove();
        }
    }

    /** The earliest deadline, so the engine's loop wakes up for it. */
    public long nextDeadline(long otherwise) {
        long next = otherwise;
        for (List<Waiter> waiters : byInstance.values()) {
            for (Waiter waiter : waiters) next = Math.min(next, waiter.deadline());
        }
        return next;
    }
}
