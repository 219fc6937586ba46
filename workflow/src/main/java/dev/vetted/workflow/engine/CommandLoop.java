package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.command.EngineCommand;
import dev.vetted.workflow.engine.command.JobActivation;
import dev.vetted.workflow.engine.command.JobStreams;
import dev.vetted.workflow.engine.command.MessageStarts;
import dev.vetted.workflow.engine.command.ResultWaiters;
import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.reading.BpmnReader;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.EngineStore;
import dev.vetted.workflow.engine.timing.Checker;
import dev.vetted.workflow.engine.timing.JobDeadlineChecker;
import dev.vetted.workflow.engine.timing.JobStreamChecker;
import dev.vetted.workflow.engine.timing.MessageExpiryChecker;
import dev.vetted.workflow.engine.timing.ParkedRequestChecker;
import dev.vetted.workflow.engine.timing.ResultWaiterChecker;
import dev.vetted.workflow.engine.timing.TimerChecker;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The engine's one thread. It takes commands in batches, applies a batch to the in-memory state,
 * runs the time-driven work, writes every change of the batch to PostgreSQL in one transaction,
 * and only then answers. A crash therefore loses nothing acknowledged, and batching shares the
 * cost of the commit among many commands. A batch whose commit fails is answered UNAVAILABLE and
 * the state is reloaded from the store.
 */
final class CommandLoop {

    private static final Logger LOG = Logger.getLogger(CommandLoop.class);
    private static final int MAX_BATCH = 500;
    /** The longest the loop sleeps with nothing due: buffered messages expire within this. */
    private static final long IDLE_MILLIS = 200;

    private static final class Submitted<T> {
        final EngineCommand<T> command;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        EngineException error;

        Submitted(EngineCommand<T> command) {
            this.command = command;
        }
    }

    private final EngineStore store;
    private final BpmnReader reader;
    private final Expressions expressions;
    private final Clock clock;
    private final BlockingQueue<Submitted<?>> queue = new LinkedBlockingQueue<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final JobActivation activation = new JobActivation(this::submit);
    private final JobStreams streams = new JobStreams(activation);
    private final ResultWaiters results = new ResultWaiters();
    private final List<Checker> checkers = List.of(new TimerChecker(), new JobDeadlineChecker(), new MessageExpiryChecker(),
            new ResultWaiterChecker(results), new JobStreamChecker(streams), new ParkedRequestChecker(activation));
    private final Thread thread;
    private volatile boolean running = true;
    private volatile BatchObserver observer = BatchObserver.NONE;
    private CommandContext context;

    CommandLoop(EngineStore store, BpmnReader reader, Expressions expressions, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.expressions = expressions;
        this.clock = clock;
        this.thread = new Thread(this::process, "vetted-engine");
        this.thread.setDaemon(true);
    }

    /** Loads the stored state; on a failure the previous state (if any) stays. */
    void reload() {
        EngineState fresh = new EngineState();
        try {
            store.load(fresh, reader::read);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the engine could not read its state: " + e.getMessage(), e);
        }
        fresh.indexLoaded();
        CommandContext[] self = new CommandContext[1];
        ProcessingContext processing = new ProcessingContext(fresh, expressions, clock, instance -> {
            results.completed(instance, self[0]);
            MessageStarts.afterCompletion(self[0].processing, instance);
        });
        self[0] = new CommandContext(processing, activation, streams, results, afterCommit);
        context = self[0];
    }

    void start() {
        thread.start();
    }

    <T> CompletableFuture<T> submit(EngineCommand<T> command) {
        if (!running) return CompletableFuture.failedFuture(EngineException.unavailable("the engine is stopping"));
        Submitted<T> submitted = new Submitted<>(command);
        queue.add(submitted);
        return submitted.future;
    }

    void observe(BatchObserver observer) {
        this.observer = observer == null ? BatchObserver.NONE : observer;
    }

    boolean alive() {
        return running && thread.isAlive();
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        activation.releaseAll();
    }

    private void process() {
        List<Submitted<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Submitted<?> first = queue.poll(waitMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                }
                processBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("engine batch failed", e);
            } finally {
                batch.clear();
            }
        }
        for (Submitted<?> pending : queue) pending.future.completeExceptionally(EngineException.unavailable("the engine stopped"));
    }

    private long waitMillis() {
        long now = clock.millis();
        long next = now + IDLE_MILLIS;
        for (Checker checker : checkers) next = checker.nextDue(context, next);
        return Math.max(1, next - now);
    }

    private void processBatch(List<Submitted<?>> batch) {
        long started = System.nanoTime();
        long commitNanos = 0;
        boolean broken = false;
        for (Submitted<?> submitted : batch) {
            try {
                apply(submitted);
            } catch (EngineException e) {
                submitted.error = e;
            } catch (RuntimeException e) {
                LOG.error("engine command failed unexpectedly; its batch is discarded", e);
                submitted.error = new EngineException(EngineException.Reason.INTERNAL, "the engine failed: " + e);
                broken = true;
            }
        }
        if (!broken) {
            try {
                long now = clock.millis();
                for (Checker checker : checkers) checker.run(context, now);
            } catch (RuntimeException e) {
                LOG.error("engine housekeeping failed; its batch is discarded", e);
                broken = true;
            }
        }
        EngineState.Changes changes = context.state.takeChanges();
        long applied = System.nanoTime();
        if (!broken && !changes.isEmpty()) {
            try {
                store.write(changes, context.state.nextKey);
            } catch (Exception e) {
                LOG.error("the engine could not write its state; the batch is not acknowledged", e);
                broken = true;
            }
            commitNanos = System.nanoTime() - applied;
        }
        if (broken) {
            afterCommit.clear();
            for (Submitted<?> submitted : batch) {
                if (submitted.error == null || submitted.error.reason() != EngineException.Reason.INTERNAL) {
                    submitted.error = EngineException.unavailable("the engine could not store the command; try again");
                }
            }
            reloadAfterFailure();
        }
        for (Submitted<?> submitted : batch) finish(submitted);
        List<Runnable> answers = new ArrayList<>(afterCommit);
        afterCommit.clear();
        for (Runnable answer : answers) answer.run();
        if (!batch.isEmpty() || commitNanos > 0) report(new BatchObserver.Batch(batch.size(), applied - started, commitNanos, !broken));
    }

    private void report(BatchObserver.Batch done) {
        try {
            observer.processed(done);
        } catch (RuntimeException e) {
            LOG.debugf("a batch observer failed: %s", e.getMessage());
        }
    }

    private <T> void apply(Submitted<T> submitted) {
        submitted.result = submitted.command.apply(context);
    }

    private static <T> void finish(Submitted<T> submitted) {
        if (submitted.error != null) submitted.future.completeExceptionally(submitted.error);
        else submitted.future.complete(submitted.result);
    }

    private void reloadAfterFailure() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("the engine could not reload its state; retrying on the next batch", e);
        }
    }
}
