package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.state.ActivatedJob;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Job streams (StreamActivatedJobs): workers that keep a stream open get jobs pushed as they
 * become activatable, activated with the stream's own worker name, time-out and variables,
 * before parked ActivateJobs requests are served. A stream takes jobs only while its client can
 * take more (gRPC flow control), and at most {@link #PUSH_PER_BATCH} per batch, so a slow worker
 * is not buried; a push that fails puts its job back at once. Streams outlive a reload.
 */
public final class JobStreams {

    static final int PUSH_PER_BATCH = 32;

    /** One open stream; {@code push} answers false when the job could not be sent. */
    record Stream(String type, String worker, long timeout, List<String> fetch, Predicate<ActivatedJob> push,
                  BooleanSupplier closed, BooleanSupplier ready) {
    }

    private final Map<String, List<Stream>> byType = new HashMap<>();
    private final JobActivation activation;
    private int turn;

    public JobStreams(JobActivation activation) {
        this.activation = activation;
    }

    void open(Stream stream) {
        byType.computeIfAbsent(stream.type(), k -> new ArrayList<>()).add(stream);
    }

    /** After a batch: activatable jobs of a streamed type go to the type's ready streams in turn. */
    public void serve(CommandContext context) {
        dropClosed();
        for (Map.Entry<String, List<Stream>> entry : byType.entrySet()) {
            LinkedHashSet<Long> available = context.state.activatable.get(entry.getKey());
            if (available == null || available.isEmpty()) continue;
            Map<Stream, Integer> pushed = new HashMap<>();
            for (long jobKey : new ArrayList<>(available)) {
                Stream stream = nextReady(entry.getValue(), pushed);
                if (stream == null) break;
                pushed.merge(stream, 1, Integer::sum);
                ActivatedJob job = JobActivation.activate(context.processing, context.state.jobs.get(jobKey),
                        stream.worker(), stream.timeout(), stream.fetch());
                context.afterCommit(() -> {
                    if (!stream.push().test(job)) activation.putBack(List.of(job));
                });
            }
        }
    }

    /** Now, when a ready stream has a job waiting for it (it was capped in the last batch); else {@code otherwise}. */
    public long nextDue(ProcessingContext processing, long otherwise) {
        for (Map.Entry<String, List<Stream>> entry : byType.entrySet()) {
            LinkedHashSet<Long> available = processing.state.activatable.get(entry.getKey());
            if (available == null || available.isEmpty()) continue;
            for (Stream stream : entry.getValue()) {
                if (!stream.closed().getAsBoolean() && stream.ready().getAsBoolean()) return processing.clock.millis();
            }
        }
        return otherwise;
    }

    private Stream nextReady(List<Stream> streams, Map<Stream, Integer> pushed) {
        for (int i = 0; i < streams.size(); i++) {
            Stream stream = streams.get(Math.floorMod(turn++, streams.size()));
            if (pushed.getOrDefault(stream, 0) < PUSH_PER_BATCH && stream.ready().getAsBoolean()) return stream;
        }
        return null;
    }

    private void dropClosed() {
        for (Iterator<List<Stream>> it = byType.values().iterator(); it.hasNext(); ) {
            List<Stream> streams = it.next();
            streams.removeIf(s -> s.closed().getAsBoolean());
            if (streams.isEmpty()) it.remove();
        }
    }

    /** How many streams are open, for operators and tests. */
    public int open() {
        dropClosed();
        return byType.values().stream().mapToInt(List::size).sum();
    }
}
