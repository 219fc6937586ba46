package dev.vetted.workflow.engine;

import io.grpc.Status;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The embedded workflow engine. One thread processes commands in batches: it applies a batch to
 * the in-memory state, writes every change of the batch to PostgreSQL in one transaction, and
 * only then answers the commands. A crash therefore loses nothing that was acknowledged, and
 * batching keeps the cost of that commit shared among many commands.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Engine.class);
    private static final int MAX_BATCH = 500;
    static final long DEFAULT_POLL_MILLIS = 10_000;
    static final long DEFAULT_RESULT_MILLIS = 20_000;

    private final EngineStore store;
    private final Expressions expressions = new Expressions();
    private final BpmnReader reader = new BpmnReader(expressions);
    private final Clock clock;
    private final BlockingQueue<Command<?>> queue = new LinkedBlockingQueue<>();
    private final List<Poll> polls = new ArrayList<>();
    private final Map<Long, List<ResultWaiter>> resultWaiters = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Thread processor;
    private volatile boolean running = true;

    private EngineState state;
    private Interpreter interpreter;

    private static final class Command<T> {
        final Function<Engine, T> action;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        EngineException error;

        Command(Function<Engine, T> action) {
            this.action = action;
        }
    }

    /** An ActivateJobs request waiting for jobs (long polling). */
    private static final class Poll {
        final String type;
        final String worker;
        final long timeout;
        final int max;
        final List<String> fetch;
        final long deadline;
        final Predicate<List<ActivatedJob>> respond;
        final BooleanSupplier cancelled;

        Poll(String type, String worker, long timeout, int max, List<String> fetch, long deadline,
             Predicate<List<ActivatedJob>> respond, BooleanSupplier cancelled) {
            this.type = type;
            this.worker = worker;
            this.timeout = timeout;
            this.max = max;
            this.fetch = fetch;
            this.deadline = deadline;
            this.respond = respond;
            this.cancelled = cancelled;
        }
    }

    private record ResultWaiter(long deadline, List<String> fetch, CompletableFuture<Map<String, Object>> future) {
    }

    private Engine(DataSource dataSource, Clock clock) {
        this.store = new EngineStore(dataSource);
        this.clock = clock;
        this.processor = new Thread(this::process, "vetted-engine");
        this.processor.setDaemon(true);
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
            engine.reload();
        } catch (java.sql.SQLException e) {
            engine.store.close();
            throw new IllegalStateException("the engine could not reach its database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            engine.store.close();
            throw e;
        }
        engine.processor.start();
        return engine;
    }

    private void reload() {
        EngineState fresh = new EngineState();
        try {
            store.load(fresh, reader);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the engine could not read its state: " + e.getMessage(), e);
        }
        for (ProcessInstance instance : fresh.instances.values()) {
            if (instance.startCorrelationKey != null) {
                fresh.messageStarted.put(new EngineState.StartKey(instance.bpmnProcessId, instance.startCorrelationKey), instance.key);
            }
            for (ProcessInstance.ElementInstance element : instance.elements.values()) {
                fresh.indexElement(instance, element);
            }
        }
        fresh.takeChanges();
        state = fresh;
        interpreter = new Interpreter(state, expressions, clock, this::instanceCompleted);
    }

    // --- commands (any thread) ----------------------------------------------------------------

    private <T> CompletableFuture<T> submit(Function<Engine, T> action) {
        if (!running) return CompletableFuture.failedFuture(new EngineException(Status.Code.UNAVAILABLE, "the engine is stopping"));
        Command<T> command = new Command<>(action);
        queue.add(command);
        return command.future;
    }

    public CompletableFuture<Deployed> deploy(Map<String, byte[]> resources) {
        if (resources.isEmpty()) return CompletableFuture.failedFuture(EngineException.invalid("no resources to deploy"));
        List<ProcessModel> models = new ArrayList<>();
        Map<ProcessModel, Map.Entry<String, byte[]>> sources = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                String name = resource.getKey();
                if (!(name.endsWith(".bpmn") || name.endsWith(".xml"))) {
                    throw EngineException.invalid("'" + name + "' is not a BPMN resource (.bpmn or .xml); "
                            + "decisions and forms are not supported by the embedded engine");
                }
                for (ProcessModel model : reader.read(name, resource.getValue())) {
                    models.add(model);
                    sources.put(model, resource);
                }
            }
        } catch (EngineException e) {
            return CompletableFuture.failedFuture(e);
        }
        return submit(engine -> engine.doDeploy(models, sources));
    }

    public CompletableFuture<ProcessInstance> createInstance(long definitionKey, String bpmnProcessId, int version,
                                                             Map<String, Object> variables) {
        return submit(engine -> engine.doCreate(definitionKey, bpmnProcessId, version, variables));
    }

    /** Creates an instance and completes when it ends, with its variables (all, or those in fetch). */
    public CompletableFuture<Map.Entry<ProcessInstance, Map<String, Object>>> createInstanceWithResult(
            long definitionKey, String bpmnProcessId, int version, Map<String, Object> variables, long requestTimeout,
            List<String> fetch) {
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        long wait = requestTimeout > 0 ? requestTimeout : DEFAULT_RESULT_MILLIS;
        return submit(engine -> {
            ProcessInstance instance = engine.doCreate(definitionKey, bpmnProcessId, version, variables);
            ResultWaiter waiter = new ResultWaiter(clock.millis() + wait, fetch, result);
            if (engine.state.instances.containsKey(instance.key)) {
                resultWaiters.computeIfAbsent(instance.key, k -> new ArrayList<>()).add(waiter);
            } else {
                Map<String, Object> vars = select(instance.variables, fetch);
                afterCommit.add(() -> result.complete(vars));
            }
            return instance;
        }).thenCompose(instance -> result.thenApply(vars -> Map.entry(instance, vars)));
    }

    public CompletableFuture<Void> cancelInstance(long instanceKey) {
        return submit(engine -> {
            ProcessInstance instance = engine.instance(instanceKey);
            engine.interpreter.cancel(instance);
            engine.failResultWaiters(instance.key, "the process instance was cancelled");
            return null;
        });
    }

    public CompletableFuture<Long> publishMessage(String name, String correlationKey, long ttlMillis, String messageId,
                                                  Map<String, Object> variables) {
        if (name == null || name.isBlank()) return CompletableFuture.failedFuture(EngineException.invalid("a message needs a name"));
        return submit(engine -> engine.doPublish(name, correlationKey == null ? "" : correlationKey, Math.max(0, ttlMillis),
                messageId == null ? "" : messageId, variables == null ? Map.of() : variables));
    }

    /**
     * Activates up to {@code max} jobs of a type. With none available it waits up to
     * {@code requestTimeout} (long polling) and answers as soon as a job appears.
     */
    public void activateJobs(String type, String worker, long timeout, int max, List<String> fetch, long requestTimeout,
                             Predicate<List<ActivatedJob>> respond, BooleanSupplier cancelled,
                             Consumer<RuntimeException> fail) {
        if (type == null || type.isBlank()) {
            fail.accept(EngineException.invalid("ActivateJobs needs a job type"));
            return;
        }
        if (max < 1) {
            fail.accept(EngineException.invalid("maxJobsToActivate must be at least 1, was " + max));
            return;
        }
        if (timeout < 1) {
            fail.accept(EngineException.invalid("the job timeout must be at least 1 ms, was " + timeout));
            return;
        }
        long wait = requestTimeout == 0 ? DEFAULT_POLL_MILLIS : requestTimeout;
        submit(engine -> {
            Poll poll = new Poll(type, worker == null ? "" : worker, timeout, max, fetch, clock.millis() + Math.max(wait, 0),
                    respond, cancelled);
            if (cancelled.getAsBoolean()) return null;
            List<ActivatedJob> jobs = engine.activate(poll);
            if (!jobs.isEmpty() || wait < 0) {
                afterCommit.add(() -> deliver(poll, jobs));
            } else {
                polls.add(poll);
            }
            return null;
        }).whenComplete((ok, error) -> {
            if (error != null) fail.accept(unwrap(error));
        });
    }

    public CompletableFuture<Void> completeJob(long jobKey, Map<String, Object> variables) {
        return submit(engine -> {
            Job job = engine.job(jobKey, "complete");
            ProcessInstance instance = engine.instance(job.processInstanceKey);
            ProcessInstance.ElementInstance element = instance.elements.get(job.elementInstanceKey);
            engine.state.remove(job);
            if (element != null) engine.interpreter.completeWait(instance, element, variables == null ? Map.of() : variables);
            return null;
        });
    }

    public CompletableFuture<Void> failJob(long jobKey, int retries, String errorMessage, long backoffMillis,
                                           Map<String, Object> variables) {
        return submit(engine -> {
            Job job = engine.job(jobKey, "fail");
            ProcessInstance instance = engine.instance(job.processInstanceKey);
            if (variables != null) instance.variables.putAll(variables);
            engine.state.save(instance);
            job.retries = retries;
            job.errorMessage = errorMessage == null ? "" : errorMessage;
            job.worker = "";
            if (retries > 0) {
                if (backoffMillis > 0) {
                    job.state = Job.State.BACKOFF;
                    job.deadline = clock.millis() + backoffMillis;
                } else {
                    job.state = Job.State.ACTIVATABLE;
                    job.deadline = 0;
                }
            } else {
                job.state = Job.State.INCIDENT;
                engine.interpreter.raiseJobIncident(instance, job, errorMessage);
            }
            engine.state.save(job);
            return null;
        });
    }

    public CompletableFuture<Void> throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        if (errorCode == null || errorCode.isBlank()) {
            return CompletableFuture.failedFuture(EngineException.invalid("ThrowError needs an error code"));
        }
        return submit(engine -> {
            Job job = engine.job(jobKey, "throw an error for");
            ProcessInstance instance = engine.instance(job.processInstanceKey);
            ProcessInstance.ElementInstance element = instance.elements.get(job.elementInstanceKey);
            if (element != null && engine.interpreter.catchError(instance, element, errorCode, variables)) return null;
            job.state = Job.State.INCIDENT;
            job.errorMessage = errorMessage == null ? "" : errorMessage;
            engine.state.save(job);
            Incident incident = engine.interpreter.raiseJobIncident(instance, job, "An error with code '" + errorCode
                    + "' was thrown but not caught: " + job.errorMessage);
            incident.errorType = "UNHANDLED_ERROR_EVENT";
            engine.state.save(incident);
            return null;
        });
    }

    public CompletableFuture<Void> updateJobRetries(long jobKey, int retries) {
        if (retries < 1) return CompletableFuture.failedFuture(EngineException.invalid("retries must be at least 1, was " + retries));
        return submit(engine -> {
            Job job = engine.job(jobKey, "update the retries of");
            job.retries = retries;
            engine.state.save(job);
            return null;
        });
    }

    public CompletableFuture<Long> setVariables(long scopeKey, Map<String, Object> variables) {
        return submit(engine -> {
            Long owner = engine.state.instances.containsKey(scopeKey) ? Long.valueOf(scopeKey) : engine.state.elementOwner.get(scopeKey);
            if (owner == null) throw EngineException.notFound("no process instance or element instance with key " + scopeKey);
            ProcessInstance instance = engine.instance(owner);
            instance.variables.putAll(variables);
            engine.state.save(instance);
            return engine.state.newKey();
        });
    }

    public CompletableFuture<Void> resolveIncident(long incidentKey) {
        return submit(engine -> {
            Incident incident = engine.state.incidents.get(incidentKey);
            if (incident == null) throw EngineException.notFound("no incident with key " + incidentKey);
            ProcessInstance instance = engine.instance(incident.processInstanceKey);
            ProcessInstance.ElementInstance element = instance.elements.get(incident.elementInstanceKey);
            if (incident.jobKey != null) {
                Job job = engine.state.jobs.get(incident.jobKey);
                if (job != null && job.retries < 1) {
                    throw EngineException.precondition("the job " + job.key + " has no retries left; update its retries first");
                }
                engine.state.remove(incident);
                if (element != null) element.incidentKey = null;
                engine.state.save(instance);
                if (job != null) {
                    job.state = Job.State.ACTIVATABLE;
                    job.deadline = 0;
                    engine.state.save(job);
                }
                return null;
            }
            engine.state.remove(incident);
            if (element != null) {
                element.incidentKey = null;
                engine.interpreter.retry(instance, element);
            }
            return null;
        });
    }

    /** Counts for health and tests; answered on the engine's thread so they are consistent. */
    public CompletableFuture<Map<String, Integer>> stats() {
        return submit(engine -> Map.of("instances", engine.state.instances.size(), "jobs", engine.state.jobs.size(),
                "messages", engine.state.messages.size(), "incidents", engine.state.incidents.size(),
                "definitions", engine.state.definitions.size()));
    }

    /** The engine's view of an instance, for tests and operators: variables and waiting elements. */
    public CompletableFuture<Map<String, Object>> describeInstance(long instanceKey) {
        return submit(engine -> {
            ProcessInstance instance = engine.state.instances.get(instanceKey);
            if (instance == null) return null;
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("bpmnProcessId", instance.bpmnProcessId);
            view.put("variables", Map.copyOf(instance.variables));
            view.put("waitingAt", instance.elements.values().stream().map(e -> e.elementId).sorted().toList());
            view.put("incidents", engine.state.incidents.values().stream()
                    .filter(i -> i.processInstanceKey == instanceKey).map(i -> i.errorType + ": " + i.message).toList());
            return view;
        });
    }

    /** Keys of the open incidents of an instance, oldest first. */
    public CompletableFuture<List<Long>> incidentsOf(long instanceKey) {
        return submit(engine -> engine.state.incidents.values().stream()
                .filter(i -> i.processInstanceKey == instanceKey)
                .sorted(java.util.Comparator.comparingLong(i -> i.key))
                .map(i -> i.key).toList());
    }

    /** Element instances waiting for a message of that name and correlation key. */
    public CompletableFuture<List<Long>> subscriptionsFor(String messageName, String correlationKey) {
        return submit(engine -> engine.state.subscriptions
                .getOrDefault(new EngineState.Subscription(messageName, correlationKey), new LinkedHashSet<>())
                .stream().map(EngineState.ElementRef::elementKey).toList());
    }

    public boolean healthy() {
        return running && processor.isAlive() && store.reachable();
    }

    // --- command bodies (engine thread) -------------------------------------------------------

    private Deployed doDeploy(List<ProcessModel> models, Map<ProcessModel, Map.Entry<String, byte[]>> sources) {
        long deploymentKey = state.newKey();
        List<ProcessDefinition> result = new ArrayList<>();
        for (ProcessModel model : models) {
            Map.Entry<String, byte[]> source = sources.get(model);
            String checksum = checksum(source.getValue());
            ProcessDefinition latest = state.latest(model.bpmnProcessId());
            if (latest != null && latest.checksum().equals(checksum)) {
                result.add(latest);
                continue;
            }
            ProcessDefinition definition = new ProcessDefinition(state.newKey(), model.bpmnProcessId(),
                    latest == null ? 1 : latest.version() + 1, source.getKey(), checksum, source.getValue(), model);
            state.addDefinition(definition, true);
            result.add(definition);
        }
        return new Deployed(deploymentKey, result);
    }

    private ProcessInstance doCreate(long definitionKey, String bpmnProcessId, int version, Map<String, Object> variables) {
        ProcessDefinition definition;
        if (definitionKey > 0) {
            definition = state.definitions.get(definitionKey);
            if (definition == null) throw EngineException.notFound("no process definition with key " + definitionKey);
        } else if (bpmnProcessId == null || bpmnProcessId.isBlank()) {
            throw EngineException.invalid("name a process by its definition key or its BPMN process id");
        } else if (version < 0) {
            definition = state.latest(bpmnProcessId);
            if (definition == null) throw EngineException.notFound("no process with BPMN process id '" + bpmnProcessId + "' is deployed");
        } else {
            definition = state.versions.getOrDefault(bpmnProcessId, List.of()).stream()
                    .filter(d -> d.version() == version).findFirst()
                    .orElseThrow(() -> EngineException.notFound("no version " + version + " of process '" + bpmnProcessId + "'"));
        }
        if (definition.model().noneStarts().isEmpty()) {
            throw EngineException.invalid("process '" + definition.bpmnProcessId()
                    + "' has no none start event; it starts only by message");
        }
        return interpreter.start(definition, definition.model().noneStarts().get(0), variables, null);
    }

    private long doPublish(String name, String correlationKey, long ttl, String messageId, Map<String, Object> variables) {
        if (!messageId.isEmpty()) {
            Long existing = state.messageIds.get(EngineState.messageIdKey(name, correlationKey, messageId));
            if (existing != null) {
                throw new EngineException(Status.Code.ALREADY_EXISTS, "a message with name '" + name + "', correlation key '"
                        + correlationKey + "' and id '" + messageId + "' was already published and is still buffered");
            }
        }
        BufferedMessage message = new BufferedMessage();
        message.key = state.newKey();
        message.name = name;
        message.correlationKey = correlationKey;
        message.messageId = messageId;
        message.variables.putAll(variables);
        message.expiresAt = clock.millis() + ttl;

        // waiting process instances, at most one per process
        var refs = state.subscriptions.get(new EngineState.Subscription(name, correlationKey));
        if (refs != null) {
            for (EngineState.ElementRef ref : new ArrayList<>(refs)) {
                ProcessInstance instance = state.instances.get(ref.instanceKey());
                if (instance == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
                ProcessInstance.ElementInstance element = instance.elements.get(ref.elementKey());
                if (element == null) continue;
                message.correlatedProcesses.add(instance.bpmnProcessId);
                interpreter.correlate(instance, element, message.variables);
            }
            interpreter.run();
        }
        startByMessage(message);
        if (ttl > 0) state.save(message);
        return message.key;
    }

    /** Message start events: a new instance per process, unless one started by the same key still runs. */
    private void startByMessage(BufferedMessage message) {
        for (List<ProcessDefinition> versions : state.versions.values()) {
            ProcessDefinition latest = versions.get(versions.size() - 1);
            if (message.correlatedProcesses.contains(latest.bpmnProcessId())) continue;
            for (FlowNode start : latest.model().messageStarts()) {
                if (!start.messageName.equals(message.name)) continue;
                if (!message.correlationKey.isEmpty()
                        && state.messageStarted.containsKey(new EngineState.StartKey(latest.bpmnProcessId(), message.correlationKey))) {
                    continue;
                }
                message.correlatedProcesses.add(latest.bpmnProcessId());
                interpreter.start(latest, start, message.variables,
                        message.correlationKey.isEmpty() ? null : message.correlationKey);
                break;
            }
        }
    }

    private void instanceCompleted(ProcessInstance instance) {
        List<ResultWaiter> waiters = resultWaiters.remove(instance.key);
        if (waiters != null) {
            for (ResultWaiter waiter : waiters) {
                Map<String, Object> vars = select(instance.variables, waiter.fetch());
                afterCommit.add(() -> waiter.future().complete(vars));
            }
        }
        if (instance.startCorrelationKey != null) {
            // a buffered message with the same key may now start the next instance
            ProcessDefinition latest = state.latest(instance.bpmnProcessId);
            for (FlowNode start : latest.model().messageStarts()) {
                var keys = state.buffered.get(new EngineState.Subscription(start.messageName, instance.startCorrelationKey));
                if (keys == null) continue;
                for (long key : new ArrayList<>(keys)) {
                    BufferedMessage message = state.messages.get(key);
                    if (message == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
                    int before = message.correlatedProcesses.size();
                    startByMessage(message);
                    if (message.correlatedProcesses.size() != before) state.save(message);
                    return;
                }
            }
        }
    }

    private void failResultWaiters(long instanceKey, String why) {
        List<ResultWaiter> waiters = resultWaiters.remove(instanceKey);
        if (waiters == null) return;
        for (ResultWaiter waiter : waiters) {
            afterCommit.add(() -> waiter.future().completeExceptionally(new EngineException(Status.Code.ABORTED, why)));
        }
    }

    private List<ActivatedJob> activate(Poll poll) {
        LinkedHashSet<Long> available = state.activatable.get(poll.type);
        if (available == null || available.isEmpty()) return List.of();
        List<ActivatedJob> result = new ArrayList<>();
        Iterator<Long> it = new ArrayList<>(available).iterator();
        long now = clock.millis();
        while (it.hasNext() && result.size() < poll.max) {
            Job job = state.jobs.get(it.next());
            ProcessInstance instance = state.instances.get(job.processInstanceKey);
            job.state = Job.State.ACTIVATED;
            job.worker = poll.worker;
            job.deadline = now + poll.timeout;
            state.save(job);
            ProcessInstance.ElementInstance element = instance == null ? null : instance.elements.get(job.elementInstanceKey);
            Map<String, Object> scope = instance == null ? Map.of() : interpreter.scope(instance, element);
            result.add(new ActivatedJob(copy(job), select(scope, poll.fetch)));
        }
        return result;
    }

    /** Hands jobs to a waiting worker; if it has gone away, the jobs go back to the queue at once. */
    private void deliver(Poll poll, List<ActivatedJob> jobs) {
        if (poll.respond.test(jobs) || jobs.isEmpty()) return;
        submit(engine -> {
            for (ActivatedJob activated : jobs) {
                Job job = engine.state.jobs.get(activated.job().key);
                if (job != null && job.state == Job.State.ACTIVATED && job.deadline == activated.job().deadline) {
                    job.state = Job.State.ACTIVATABLE;
                    job.worker = "";
                    job.deadline = 0;
                    engine.state.save(job);
                }
            }
            return null;
        });
    }

    private Job job(long key, String verb) {
        Job job = state.jobs.get(key);
        if (job == null) {
            throw EngineException.notFound("cannot " + verb + " job " + key + ": no such job exists (it may be completed already)");
        }
        if (job.state == Job.State.INCIDENT && !verb.startsWith("update")) {
            throw EngineException.precondition("cannot " + verb + " job " + key + ": it has an incident; resolve it first");
        }
        return job;
    }

    private ProcessInstance instance(long key) {
        ProcessInstance instance = state.instances.get(key);
        if (instance == null) throw EngineException.notFound("no process instance with key " + key);
        return instance;
    }

    // --- the processing loop ------------------------------------------------------------------

    private void process() {
        List<Command<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Command<?> first = queue.poll(waitMillis(), TimeUnit.MILLISECONDS);
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
        for (Command<?> pending : queue) {
            pending.future.completeExceptionally(new EngineException(Status.Code.UNAVAILABLE, "the engine stopped"));
        }
    }

    private long waitMillis() {
        long now = clock.millis();
        long next = now + 200;
        if (!state.timers.isEmpty()) next = Math.min(next, state.timers.first().dueAt());
        for (Poll poll : polls) next = Math.min(next, poll.deadline);
        for (List<ResultWaiter> waiters : resultWaiters.values()) {
            for (ResultWaiter waiter : waiters) next = Math.min(next, waiter.deadline());
        }
        return Math.max(1, next - now);
    }

    private <T> void apply(Command<T> command) {
        command.result = command.action.apply(this);
    }

    private void processBatch(List<Command<?>> batch) {
        boolean broken = false;
        for (Command<?> command : batch) {
            try {
                apply(command);
            } catch (EngineException e) {
                command.error = e;
            } catch (RuntimeException e) {
                LOG.error("engine command failed unexpectedly; its batch is discarded", e);
                command.error = new EngineException(Status.Code.INTERNAL, "the engine failed: " + e);
                broken = true;
            }
        }
        if (!broken) {
            try {
                tick();
                servePolls();
            } catch (RuntimeException e) {
                LOG.error("engine housekeeping failed; its batch is discarded", e);
                broken = true;
            }
        }
        EngineState.Changes changes = state.takeChanges();
        if (!broken && !changes.isEmpty()) {
            try {
                store.write(changes, state.nextKey);
            } catch (Exception e) {
                LOG.error("the engine could not write its state; the batch is not acknowledged", e);
                broken = true;
            }
        }
        if (broken) {
            afterCommit.clear();
            for (Command<?> command : batch) {
                if (command.error == null || command.error.code() != Status.Code.INTERNAL) {
                    command.error = new EngineException(Status.Code.UNAVAILABLE, "the engine could not store the command; try again");
                }
            }
            reloadAfterFailure();
        }
        for (Command<?> command : batch) finish(command);
        for (Runnable r : afterCommit) r.run();
        afterCommit.clear();
    }

    @SuppressWarnings("unchecked")
    private static <T> void finish(Command<T> command) {
        if (command.error != null) command.future.completeExceptionally(command.error);
        else command.future.complete(command.result);
    }

    private void reloadAfterFailure() {
        List<Poll> waiting = new ArrayList<>(polls);
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("the engine could not reload its state; retrying on the next batch", e);
            return;
        }
        polls.clear();
        polls.addAll(waiting);
    }

    /** Time-driven work: due timers, expired job deadlines and backoffs, expired messages. */
    private void tick() {
        long now = clock.millis();
        while (!state.timers.isEmpty() && state.timers.first().dueAt() <= now) {
            EngineState.TimerRef ref = state.timers.pollFirst();
            interpreter.fireTimer(ref);
        }
        while (!state.jobDeadlines.isEmpty() && state.jobDeadlines.first().at() <= now) {
            Job job = state.jobs.get(state.jobDeadlines.first().key());
            job.state = Job.State.ACTIVATABLE;
            job.worker = "";
            job.deadline = 0;
            state.save(job);
        }
        while (!state.messageExpiry.isEmpty() && state.messageExpiry.first().at() <= now) {
            state.remove(state.messages.get(state.messageExpiry.first().key()));
        }
    }

    private void servePolls() {
        long now = clock.millis();
        // result waiters expire whether or not a worker is polling (they used to be swept only with a poll parked)
        expireResultWaiters(now);
        if (polls.isEmpty()) return;
        Iterator<Poll> it = polls.iterator();
        while (it.hasNext()) {
            Poll poll = it.next();
            if (poll.cancelled.getAsBoolean()) {
                it.remove();
                continue;
            }
            List<ActivatedJob> jobs = activate(poll);
            if (!jobs.isEmpty() || poll.deadline <= now) {
                it.remove();
                afterCommit.add(() -> deliver(poll, jobs));
            }
        }
    }

    private void expireResultWaiters(long now) {
        for (Iterator<Map.Entry<Long, List<ResultWaiter>>> w = resultWaiters.entrySet().iterator(); w.hasNext(); ) {
            Map.Entry<Long, List<ResultWaiter>> entry = w.next();
            entry.getValue().removeIf(waiter -> {
                if (waiter.deadline() > now) return false;
                afterCommit.add(() -> waiter.future().completeExceptionally(new EngineException(Status.Code.DEADLINE_EXCEEDED,
                        "the process instance " + entry.getKey() + " did not complete within the request timeout")));
                return true;
            });
            if (entry.getValue().isEmpty()) w.remove();
        }
    }

    @Override
    public void close() {
        running = false;
        processor.interrupt();
        try {
            processor.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Poll poll : polls) poll.respond.test(List.of());
        polls.clear();
        store.close();
    }

    // --- helpers ------------------------------------------------------------------------------

    static Map<String, Object> select(Map<String, Object> variables, List<String> names) {
        if (names == null || names.isEmpty()) return new LinkedHashMap<>(variables);
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String name : names) if (variables.containsKey(name)) selected.put(name, variables.get(name));
        return selected;
    }

    private static Job copy(Job job) {
        Job c = new Job();
        c.key = job.key;
        c.type = job.type;
        c.processInstanceKey = job.processInstanceKey;
        c.elementInstanceKey = job.elementInstanceKey;
        c.elementId = job.elementId;
        c.bpmnProcessId = job.bpmnProcessId;
        c.version = job.version;
        c.definitionKey = job.definitionKey;
        c.headers = job.headers;
        c.retries = job.retries;
        c.state = job.state;
        c.worker = job.worker;
        c.deadline = job.deadline;
        return c;
    }

    private static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable t = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        return t instanceof RuntimeException r ? r : new RuntimeException(t);
    }
}
