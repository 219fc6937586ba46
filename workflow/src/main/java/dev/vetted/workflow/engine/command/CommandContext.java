package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.List;

/**
 * What a command works with: the state and its behaviours, the parked job requests and result
 * waiters (which outlive a reload of the state), and the answers to give once the batch is stored.
 */
public final class CommandContext {

    public final ProcessingContext processing;
    public final EngineState state;
    final JobActivation activation;
    final JobStreams streams;
    final ResultWaiters results;
    private final List<Runnable> afterCommit;

    public CommandContext(ProcessingContext processing, JobActivation activation, JobStreams streams, ResultWaiters results,
                          List<Runnable> afterCommit) {
        this.processing = processing;
        this.state = processing.state;
        this.activation = activation;
        this.streams = streams;
        this.results = results;
        this.afterCommit = afterCommit;
    }

    /** Runs after the batch is committed, never before: answers must not run ahead of durability. */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    public int openStreams() {
        return streams.open();
    }

    ProcessInstance instance(long key) {
        ProcessInstance instance = state.instances.get(key);
        if (instance == null) throw EngineException.notFound("no process instance with key " + key);
        return instance;
    }

    /** The job a worker names, refusing one that has an incident unless the verb updates it. */
    Job job(long key, String verb) {
        Job job = state.jobs.get(key);
        if (job == null) {
            throw EngineException.notFound("cannot " + verb + " job " + key + ": no such job exists (it may be completed already)");
        }
        if (job.state == Job.State.INCIDENT && !verb.startsWith("update")) {
            throw EngineException.precondition("cannot " + verb + " job " + key + ": it has an incident; resolve it first");
        }
        return job;
    }
}
