package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.command.ActivateJobs;
import dev.vetted.workflow.engine.command.CancelInstance;
import dev.vetted.workflow.engine.command.CommandContext;
import dev.vetted.workflow.engine.command.CompleteJob;
import dev.vetted.workflow.engine.command.CreateInstance;
import dev.vetted.workflow.engine.command.CreateInstanceWithResult;
import dev.vetted.workflow.engine.command.DeployProcesses;
import dev.vetted.workflow.engine.command.EngineCommand;
import dev.vetted.workflow.engine.command.FailJob;
import dev.vetted.workflow.engine.command.OpenJobStream;
import dev.vetted.workflow.engine.command.PublishMessage;
import dev.vetted.workflow.engine.command.ResolveIncident;
import dev.vetted.workflow.engine.command.SetVariables;
import dev.vetted.workflow.engine.command.ThrowError;
import dev.vetted.workflow.engine.command.UpdateJobRetries;
import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.Deployed;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.ProcessModel;
import dev.vetted.workflow.engine.reading.BpmnReader;
import dev.vetted.workflow.engine.state.ActivatedJob;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.EngineStore;
import dev.vetted.workflow.engine.state.ProcessInstance;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The embedded workflow engine, as the gateway and tests use it: every method turns into one
 * {@link EngineCommand} applied on the engine's thread ({@link CommandLoop}) and answers once its
 * batch is stored. Arguments that are wrong in themselves are refused before anything is queued.
 */
public final class Engine implements AutoCloseable {

    static final long DEFAULT_RESULT_MILLIS = 20_000;

    private final EngineStore store;
    private final BpmnReader reader;
    private final CommandLoop loop;

    private Engine(DataSource dataSource, Clock clock) {
        Expressions expressions = new Expressions();
        this.store = new EngineStore(dataSource);
        this.reader = new BpmnReader(expressions);
        this.loop = new CommandLoop(store, reader, expressions, clock);
    }

    /** Migrates the engine's tables, loads its state and starts processing. */
    public static Engine start(DataSource dataSource) {
        return start(dataSource, Clock.systemUTC());
    }

    static Engine start(DataSource dataSource, Clock clock) {
        Engine engine = new Engine(dataSource, clock);
        try {
            engine.store.claimOwnership();
            engine.store.migrate();
            engine.loop.reload();
        } catch (java.sql.SQLException e) {
            engine.store.close();
            throw new IllegalStateException("the engine could not reach its database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            engine.store.close();
            throw e;
        }
        engine.loop.start();
        return engine;
    }

    /** Submits the command the supplier builds, or fails at once when building it refuses the arguments. */
    private <T> CompletableFuture<T> submit(Supplier<EngineCommand<T>> command) {
        try {
            return loop.submit(command.get());
        } catch (EngineException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Reads and checks the models here, off the engine's thread; the deployment itself is a command. */
    public CompletableFuture<Deployed> deploy(Map<String, byte[]> resources) {
        return submit(() -> {
            if (resources.isEmpty()) throw EngineException.invalid("no resources to deploy");
            List<DeployProcesses.Source> processes = new ArrayList<>();
            for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                String name = resource.getKey();
                if (!(name.endsWith(".bpmn") || name.endsWith(".xml"))) {
                    throw EngineException.invalid("'" + name + "' is not a BPMN resource (.bpmn or .xml); "
                            + "decisions and forms are not supported by the embedded engine");
                }
                for (ProcessModel model : reader.read(name, resource.getValue())) {
                    processes.add(new DeployProcesses.Source(model, name, resource.getValue()));
                }
            }
            return new DeployProcesses(processes);
        });
    }

    public CompletableFuture<ProcessInstance> createInstance(long definitionKey, String bpmnProcessId, int version,
                                                             Map<String, Object> variables) {
        return submit(() -> new CreateInstance(definitionKey, bpmnProcessId, version, variables));
    }

    /** Creates an instance and completes when it ends, with its variables (all, or those in fetch). */
    public CompletableFuture<Map.Entry<ProcessInstance, Map<String, Object>>> createInstanceWithResult(
            long definitionKey, String bpmnProcessId, int version, Map<String, Object> variables, long requestTimeout,
            List<String> fetch) {
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        long wait = requestTimeout > 0 ? requestTimeout : DEFAULT_RESULT_MILLIS;
        return submit(() -> new CreateInstanceWithResult(new CreateInstance(definitionKey, bpmnProcessId, version, variables),
                wait, fetch, result))
                .thenCompose(instance -> result.thenApply(vars -> Map.entry(instance, vars)));
    }

    public CompletableFuture<Void> cancelInstance(long instanceKey) {
        return submit(() -> new CancelInstance(instanceKey));
    }

    public CompletableFuture<Long> publishMessage(String name, String correlationKey, long ttlMillis, String messageId,
                                                  Map<String, Object> variables) {
        return submit(() -> new PublishMessage(name, correlationKey, ttlMillis, messageId, variables));
    }

    /** See {@link ActivateJobs}; refusals go to {@code fail}, jobs (or none) to {@code respond}. */
    public void activateJobs(String type, String worker, long timeout, int max, List<String> fetch, long requestTimeout,
                             Predicate<List<ActivatedJob>> respond, BooleanSupplier cancelled,
                             Consumer<RuntimeException> fail) {
        submit(() -> new ActivateJobs(type, worker, timeout, max, fetch, requestTimeout, respond, cancelled))
                .whenComplete((ok, error) -> {
                    if (error != null) fail.accept(unwrap(error));
                });
    }

    /** See {@link OpenJobStream}; a refusal goes to {@code fail}, each job to {@code push}. */
    public void openJobStream(String type, String worker, long timeout, List<String> fetch, Predicate<ActivatedJob> push,
                              BooleanSupplier closed, BooleanSupplier ready, Consumer<RuntimeException> fail) {
        submit(() -> new OpenJobStream(type, worker, timeout, fetch, push, closed, ready))
                .whenComplete((ok, error) -> {
                    if (error != null) fail.accept(unwrap(error));
                });
    }

    /** A stream's client can take jobs again: a batch runs, and serves it. */
    public void wake() {
        loop.submit(c -> null);
    }

    public CompletableFuture<Void> completeJob(long jobKey, Map<String, Object> variables) {
        return submit(() -> new CompleteJob(jobKey, variables));
    }

    public CompletableFuture<Void> failJob(long jobKey, int retries, String errorMessage, long backoffMillis,
                                           Map<String, Object> variables) {
        return submit(() -> new FailJob(jobKey, retries, errorMessage, backoffMillis, variables));
    }

    public CompletableFuture<Void> throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        return submit(() -> new ThrowError(jobKey, errorCode, errorMessage, variables));
    }

    public CompletableFuture<Void> updateJobRetries(long jobKey, int retries) {
        return submit(() -> new UpdateJobRetries(jobKey, retries));
    }

    public CompletableFuture<Long> setVariables(long scopeKey, Map<String, Object> variables, boolean local) {
        return submit(() -> new SetVariables(scopeKey, variables, local));
    }

    public CompletableFuture<Void> resolveIncident(long incidentKey) {
        return submit(() -> new ResolveIncident(incidentKey));
    }

    /** Tells the observer about every batch from now on (one observer; null stops it). */
    public void observeBatches(BatchObserver observer) {
        loop.observe(observer);
    }

    // --- views for health, operators and tests (answered on the engine's thread, so consistent) ---

    public CompletableFuture<Map<String, Integer>> stats() {
        return loop.submit(c -> {
            EngineState s = c.state;
            int activatable = 0;
            for (var waiting : s.activatable.values()) activatable += waiting.size();
            return Map.of("instances", s.instances.size(), "jobs", s.jobs.size(), "activatable", activatable,
                    "messages", s.messages.size(), "incidents", s.incidents.size(), "definitions", s.definitions.size());
        });
    }

    /** The engine's view of an instance: variables, waiting elements and incidents; null when it has ended. */
    public CompletableFuture<Map<String, Object>> describeInstance(long instanceKey) {
        return loop.submit(c -> {
            ProcessInstance instance = c.state.instances.get(instanceKey);
            if (instance == null) return null;
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("bpmnProcessId", instance.bpmnProcessId);
            view.put("variables", Map.copyOf(instance.variables));
            view.put("waitingAt", instance.elements.values().stream().map(e -> e.elementId).sorted().toList());
            view.put("incidents", c.state.incidents.values().stream()
                    .filter(i -> i.processInstanceKey == instanceKey).map(i -> i.errorType + ": " + i.message).toList());
            return view;
        });
    }

    /** Keys of the open incidents of an instance, oldest first. */
    public CompletableFuture<List<Long>> incidentsOf(long instanceKey) {
        return loop.submit(c -> c.state.incidents.values().stream()
                .filter(i -> i.processInstanceKey == instanceKey)
                .sorted(Comparator.comparingLong(i -> i.key))
                .map(i -> i.key).toList());
    }

    /** Element instances waiting for a message of that name and correlation key (their own or a boundary event's). */
    public CompletableFuture<List<Long>> subscriptionsFor(String messageName, String correlationKey) {
        return loop.submit(c -> c.state.subscriptions
                .getOrDefault(new EngineState.Subscription(messageName, correlationKey), new LinkedHashSet<>())
                .stream().map(EngineState.ElementRef::elementKey).toList());
    }

    /** How many job streams are open. */
    public CompletableFuture<Integer> openJobStreams() {
        return loop.submit(CommandContext::openStreams);
    }

    public boolean healthy() {
        return loop.alive() && store.reachable();
    }

    @Override
    public void close() {
        loop.stop();
        store.close();
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable t = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        return t instanceof RuntimeException r ? r : new RuntimeException(t);
    }
}
