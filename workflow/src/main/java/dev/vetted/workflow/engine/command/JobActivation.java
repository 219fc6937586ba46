package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.state.ActivatedJob;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Handing jobs to workers. ActivateJobs requests that found no job wait here (long polling) and
 * are served after every batch, as soon as a job of their type is activatable, or answered
 * empty at their deadline. Parked requests outlive a reload of the state.
 */
public final class JobActivation {

    /** An ActivateJobs request: who asks, for what, and how to answer it. */
    record Request(String type, String worker, long timeout, int max, List<String> fetch, long deadline,
                   Predicate<List<ActivatedJob>> respond, BooleanSupplier cancelled) {
    }

    private final List<Request> parked = new ArrayList<>();
    /** Puts jobs back when their worker has gone; submitted as a command of its own. */
    private final Consumer<EngineCommand<Void>> submit;

    public JobActivation(Consumer<EngineCommand<Void>> submit) {
        this.submit = submit;
    }

    void park(Request request) {
        parked.add(request);
    }

    /** Activates up to the request's maximum of its type's activatable jobs, oldest first. */
    List<ActivatedJob> activate(ProcessingContext processing, Request request) {
        LinkedHashSet<Long> available = processing.state.activatable.get(request.type());
        if (available == null || available.isEmpty()) return List.of();
        List<ActivatedJob> result = new ArrayList<>();
        Iterator<Long> it = new ArrayList<>(available).iterator();
        while (it.hasNext() && result.size() < request.max()) {
            result.add(activate(processing, processing.state.jobs.get(it.next()), request.worker(), request.timeout(), request.fetch()));
        }
        return result;
    }

    /** Activates one job for a worker: it is the worker's until the time-out, with the variables it asked for. */
    static ActivatedJob activate(ProcessingContext processing, Job job, String worker, long timeout, List<String> fetch) {
        ProcessInstance instance = processing.state.instances.get(job.processInstanceKey);
        job.state = Job.State.ACTIVATED;
        job.worker = worker;
        job.deadline = processing.clock.millis() + timeout;
        processing.state.save(job);
        ElementInstance element = instance == null ? null : instance.elements.get(job.elementInstanceKey);
        Map<String, Object> scope = instance == null ? Map.of() : processing.variables.scope(instance, element);
        return new ActivatedJob(job.copy(), Variables.select(scope, fetch));
    }

    /** After a batch: parked requests get jobs that became activatable, or their empty answer when due. */
    public void serve(CommandContext context) {
        if (parked.isEmpty()) return;
        long now = context.processing.clock.millis();
        Iterator<Request> it = parked.iterator();
        while (it.hasNext()) {
            Request request = it.next();
            if (request.cancelled().getAsBoolean()) {
                it.remove();
                continue;
            }
            List<ActivatedJob> jobs = activate(context.processing, request);
            if (!jobs.isEmpty() || request.deadline() <= now) {
                it.remove();
                context.afterCommit(() -> deliver(request, jobs));
            }
        }
    }

    /** Hands jobs to a worker; if it has gone away, the jobs go back to the queue at once. */
    void deliver(Request request, List<ActivatedJob> jobs) {
        if (request.respond().test(jobs) || jobs.isEmpty()) return;
        putBack(jobs);
    }

    /** Jobs handed to a worker that could not take them are activatable again, unless something else changed them since. */
    void putBack(List<ActivatedJob> jobs) {
        submit.accept(context -> {
            for (ActivatedJob activated : jobs) {
                Job job = context.state.jobs.get(activated.job().key);
                if (job != null && job.state == Job.State.ACTIVATED && job.deadline == activated.job().deadline) {
                    job.makeActivatable();
                    context.state.save(job);
                }
            }
            return null;
        });
    }

    public long nextDeadline(long otherwise) {
        long next = otherwise;
        for (Request request : parked) next = Math.min(next, request.deadline());
        return next;
    }

    /** The engine stops: every parked request is answered empty. */
    public void releaseAll() {
        for (Request request : parked) request.respond().test(List.of());
        parked.clear();
    }
}
