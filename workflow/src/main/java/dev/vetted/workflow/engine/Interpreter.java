package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.ProcessInstance.ElementInstance;
import dev.vetted.workflow.engine.ProcessInstance.Timer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * BPMN semantics: how a token enters an element, waits there, and leaves it. Each element kind
 * has its own activate step below; leaving is shared (output mappings, then every outgoing
 * flow, or the chosen one after an exclusive gateway). Tokens move through a work queue rather
 * than recursion, so loops in a model cannot overflow the stack.
 */
final class Interpreter {

    /** Steps without a wait state in between; a model that loops without waiting is stopped here. */
    private static final int MAX_STEPS_PER_COMMAND = 100_000;

    private final EngineState state;
    private final Expressions expressions;
    private final Clock clock;
    private final Consumer<ProcessInstance> onCompleted;
    private final Deque<Step> work = new ArrayDeque<>();
    /** Steps still queued per instance: an instance completes only when none are left. */
    private final Map<Long, Integer> pending = new HashMap<>();

    private record Step(long instanceKey, Runnable action) {
    }

    Interpreter(EngineState state, Expressions expressions, Clock clock, Consumer<ProcessInstance> onCompleted) {
        this.state = state;
        this.expressions = expressions;
        this.clock = clock;
        this.onCompleted = onCompleted;
    }

    // --- entry points -------------------------------------------------------------------------

    ProcessInstance start(ProcessDefinition definition, FlowNode startEvent, Map<String, Object> variables,
                          String startCorrelationKey) {
        ProcessInstance instance = new ProcessInstance();
        instance.key = state.newKey();
        instance.definitionKey = definition.key();
        instance.bpmnProcessId = definition.bpmnProcessId();
        instance.version = definition.version();
        instance.startedAt = clock.millis();
        instance.startCorrelationKey = startCorrelationKey;
        if (variables != null) instance.variables.putAll(variables);
        state.save(instance);
        if (startCorrelationKey != null) {
            state.messageStarted.put(new EngineState.StartKey(instance.bpmnProcessId, startCorrelationKey), instance.key);
        }
        schedule(instance, () -> activate(instance, startEvent, null));
        run();
        return instance;
    }

    /** The element's wait is over (job completed, message correlated, timer due): leave it. */
    void completeWait(ProcessInstance instance, ElementInstance element, Map<String, Object> result) {
        FlowNode node = model(instance).node(element.elementId);
        close(instance, element);
        schedule(instance, () -> leave(instance, node, element, result));
        run();
    }

    void fireTimer(EngineState.TimerRef ref) {
        ProcessInstance instance = state.instances.get(ref.instanceKey());
        if (instance == null) return;
        ElementInstance element = instance.elements.get(ref.elementKey());
        if (element == null) return;
        Timer timer = element.timers.stream().filter(t -> t.key == ref.timerKey()).findFirst().orElse(null);
        if (timer == null) return;
        FlowNode event = model(instance).node(timer.eventId);
        if (event.kind == ElementKind.TIMER_CATCH_EVENT) {
            completeWait(instance, element, null);
            return;
        }
        // a boundary timer
        if (event.interrupting) {
            terminate(instance, element);
        } else {
            state.timers.remove(ref);
            element.timers.remove(timer);
        }
        state.save(instance);
        schedule(instance, () -> leave(instance, event, null, null));
        run();
    }

    /** An error thrown by a job: caught by a matching error boundary event, or an incident. */
    boolean catchError(ProcessInstance instance, ElementInstance element, String errorCode, Map<String, Object> variables) {
        FlowNode node = model(instance).node(element.elementId);
        FlowNode catcher = null;
        for (FlowNode boundary : node.boundaries) {
            if (boundary.kind != ElementKind.ERROR_BOUNDARY_EVENT) continue;
            if (errorCode.equals(boundary.errorCode)) {
                catcher = boundary;
                break;
            }
            if (boundary.errorCode == null && catcher == null) catcher = boundary;
        }
        if (catcher == null) return false;
        if (variables != null) instance.variables.putAll(variables);
        terminate(instance, element);
        state.save(instance);
        FlowNode chosen = catcher;
        schedule(instance, () -> leave(instance, chosen, null, null));
        run();
        return true;
    }

    void cancel(ProcessInstance instance) {
        for (ElementInstance element : new ArrayList<>(instance.elements.values())) {
            terminate(instance, element);
        }
        state.remove(instance);
    }

    /** Retries the step that failed, after an operator fixed its cause. */
    void retry(ProcessInstance instance, ElementInstance element) {
        FlowNode node = model(instance).node(element.elementId);
        instance.elements.remove(element.key);
        state.unindexElement(instance, element);
        state.save(instance);
        if ("LEAVE".equals(element.failedStep)) {
            schedule(instance, () -> leave(instance, node, element, null));
        } else {
            schedule(instance, () -> activate(instance, node, null));
        }
        run();
    }

    // --- element lifecycle --------------------------------------------------------------------

    private void activate(ProcessInstance instance, FlowNode node, SequenceFlow via) {
        ElementInstance element = new ElementInstance();
        element.key = state.newKey();
        element.elementId = node.id;
        try {
            Map<String, Object> scope = scope(instance, element);
            for (FlowNode.Mapping input : node.inputs) {
                element.locals.put(input.target(), expressions.evaluate(input.source(), scope));
                scope.put(input.target(), element.locals.get(input.target()));
            }
            switch (node.kind) {
                case START_EVENT, MESSAGE_START_EVENT -> leave(instance, node, element, null);
                case END_EVENT -> endToken(instance);
                case SERVICE_TASK -> {
                    Job job = new Job();
                    job.key = state.newKey();
                    job.type = expressions.evaluateString(node.jobType, scope, "job type");
                    job.retries = expressions.evaluateInt(node.jobRetries, scope, "job retries");
                    armBoundaryTimers(node, element, scope);
                    job.processInstanceKey = instance.key;
                    job.elementInstanceKey = element.key;
                    job.elementId = node.id;
                    job.bpmnProcessId = instance.bpmnProcessId;
                    job.version = instance.version;
                    job.definitionKey = instance.definitionKey;
                    job.headers = node.headers;
                    element.jobKey = job.key;
                    enter(instance, element);
                    state.save(job);
                }
                case RECEIVE_TASK, MESSAGE_CATCH_EVENT -> {
                    element.messageName = expressions.evaluateString(node.messageName, scope, "message name");
                    element.correlationKey = expressions.evaluateString(node.correlationKey, scope, "correlation key");
                    armBoundaryTimers(node, element, scope);
                    enter(instance, element);
                    correlateBuffered(instance, element);
                }
                case TIMER_CATCH_EVENT -> {
                    Duration d = expressions.evaluateDuration(node.timerDuration, scope);
                    element.timers.add(new Timer(state.newKey(), node.id, clock.millis() + d.toMillis()));
                    enter(instance, element);
                }
                case PARALLEL_GATEWAY -> {
                    if (node.incoming.size() <= 1) {
                        leave(instance, node, element, null);
                    } else {
                        join(instance, node, via, element);
                    }
                }
                case EXCLUSIVE_GATEWAY -> leave(instance, node, element, null);
                case TIMER_BOUNDARY_EVENT, ERROR_BOUNDARY_EVENT ->
                        throw new IllegalStateException("boundary events are not entered by sequence flows: " + node);
            }
        } catch (Expressions.Failure e) {
            state.unindexElement(instance, element);
            element.timers.clear();
            element.messageName = null;
            element.correlationKey = null;
            element.jobKey = null;
            element.failedStep = "ACTIVATE";
            raiseIncident(instance, element, "EXTRACT_VALUE_ERROR", e.getMessage());
        }
    }

    private void join(ProcessInstance instance, FlowNode gateway, SequenceFlow via, ElementInstance element) {
        Map<String, Integer> arrivals = instance.joins.computeIfAbsent(gateway.id, k -> new HashMap<>());
        if (via != null) arrivals.merge(via.id(), 1, Integer::sum);
        boolean complete = gateway.incoming.stream().allMatch(f -> arrivals.getOrDefault(f.id(), 0) > 0);
        if (complete) {
            for (SequenceFlow f : gateway.incoming) arrivals.merge(f.id(), -1, Integer::sum);
            arrivals.values().removeIf(n -> n <= 0);
            if (arrivals.isEmpty()) instance.joins.remove(gateway.id);
            state.save(instance);
            leave(instance, gateway, element, null);
        } else {
            state.save(instance);
        }
    }

    private void leave(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> result) {
        try {
            if (result != null || !node.outputs.isEmpty()) {
                Map<String, Object> scope = element == null ? new HashMap<>(instance.variables) : scope(instance, element);
                if (result != null) scope.putAll(result);
                if (node.outputs.isEmpty()) {
                    instance.variables.putAll(result);
                } else {
                    Map<String, Object> mapped = new LinkedHashMap<>();
                    for (FlowNode.Mapping output : node.outputs) {
                        mapped.put(output.target(), expressions.evaluate(output.source(), scope));
                    }
                    instance.variables.putAll(mapped);
                }
            }
            List<SequenceFlow> taken = node.kind == ElementKind.EXCLUSIVE_GATEWAY
                    ? List.of(choose(instance, node)) : node.outgoing;
            state.save(instance);
            if (taken.isEmpty()) {
                endToken(instance);
                return;
            }
            ProcessModel model = model(instance);
            for (SequenceFlow flow : taken) {
                FlowNode target = model.node(flow.target());
                schedule(instance, () -> activate(instance, target, flow));
            }
        } catch (Expressions.Failure e) {
            ElementInstance failed = element != null ? element : new ElementInstance();
            if (failed.key == 0) failed.key = state.newKey();
            failed.elementId = node.id;
            failed.failedStep = "LEAVE";
            failed.timers.clear();
            failed.messageName = null;
            failed.jobKey = null;
            raiseIncident(instance, failed,
                    node.kind == ElementKind.EXCLUSIVE_GATEWAY ? "CONDITION_ERROR" : "EXTRACT_VALUE_ERROR", e.getMessage());
        }
    }

    private SequenceFlow choose(ProcessInstance instance, FlowNode gateway) {
        Map<String, Object> vars = instance.variables;
        SequenceFlow fallback = null;
        for (SequenceFlow flow : gateway.outgoing) {
            if (flow.id().equals(gateway.defaultFlow)) {
                fallback = flow;
                continue;
            }
            if (flow.condition() == null || expressions.evaluateCondition(flow.condition(), vars)) return flow;
        }
        if (fallback != null) return fallback;
        throw new Expressions.Failure("no condition of exclusive gateway '" + gateway.id
                + "' is true and it has no default flow");
    }

    /** A token ended (end event, or an element without outgoing flows). */
    private void endToken(ProcessInstance instance) {
        state.save(instance);
        schedule(instance, () -> {
            if (state.instances.containsKey(instance.key) && instance.elements.isEmpty() && !instance.hasWaitingTokens()
                    && !pending.containsKey(instance.key)) {
                state.remove(instance);
                onCompleted.accept(instance);
            }
        });
    }

    private void enter(ProcessInstance instance, ElementInstance element) {
        instance.elements.put(element.key, element);
        state.indexElement(instance, element);
        state.save(instance);
    }

    /** Ends an element's wait: its subscription, timers and job go with it. */
    private void close(ProcessInstance instance, ElementInstance element) {
        state.unindexElement(instance, element);
        instance.elements.remove(element.key);
        if (element.jobKey != null) {
            Job job = state.jobs.get(element.jobKey);
            if (job != null) state.remove(job);
        }
        if (element.incidentKey != null) {
            Incident incident = state.incidents.get(element.incidentKey);
            if (incident != null) state.remove(incident);
        }
        state.save(instance);
    }

    private void terminate(ProcessInstance instance, ElementInstance element) {
        close(instance, element);
    }

    private void armBoundaryTimers(FlowNode node, ElementInstance element, Map<String, Object> scope) {
        for (FlowNode boundary : node.boundaries) {
            if (boundary.kind != ElementKind.TIMER_BOUNDARY_EVENT) continue;
            Duration d = expressions.evaluateDuration(boundary.timerDuration, scope);
            element.timers.add(new Timer(state.newKey(), boundary.id, clock.millis() + d.toMillis()));
        }
    }

    private void raiseIncident(ProcessInstance instance, ElementInstance element, String type, String message) {
        Incident incident = new Incident();
        incident.key = state.newKey();
        incident.errorType = type;
        incident.message = message;
        incident.processInstanceKey = instance.key;
        incident.elementInstanceKey = element.key;
        incident.elementId = element.elementId;
        incident.createdAt = clock.millis();
        element.incidentKey = incident.key;
        instance.elements.put(element.key, element);
        state.elementOwner.put(element.key, instance.key);
        state.save(instance);
        state.save(incident);
    }

    Incident raiseJobIncident(ProcessInstance instance, Job job, String message) {
        Incident incident = new Incident();
        incident.key = state.newKey();
        incident.errorType = "JOB_NO_RETRIES";
        incident.message = message == null || message.isEmpty() ? "No more retries left." : message;
        incident.processInstanceKey = instance.key;
        incident.elementInstanceKey = job.elementInstanceKey;
        incident.elementId = job.elementId;
        incident.jobKey = job.key;
        incident.createdAt = clock.millis();
        ElementInstance element = instance.elements.get(job.elementInstanceKey);
        if (element != null) element.incidentKey = incident.key;
        state.save(instance);
        state.save(incident);
        return incident;
    }

    // --- messages -----------------------------------------------------------------------------

    /** A subscription just opened: a buffered message for it correlates at once. */
    private void correlateBuffered(ProcessInstance instance, ElementInstance element) {
        var keys = state.buffered.get(new EngineState.Subscription(element.messageName, element.correlationKey));
        if (keys == null) return;
        for (long key : keys) {
            BufferedMessage message = state.messages.get(key);
            if (message == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
            message.correlatedProcesses.add(instance.bpmnProcessId);
            state.save(message);
            correlate(instance, element, message.variables);
            return;
        }
    }

    void correlate(ProcessInstance instance, ElementInstance element, Map<String, Object> variables) {
        FlowNode node = model(instance).node(element.elementId);
        close(instance, element);
        schedule(instance, () -> leave(instance, node, element, variables == null || variables.isEmpty() ? null : variables));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Variables an element sees: the instance's, overlaid with its own input mappings. */
    Map<String, Object> scope(ProcessInstance instance, ElementInstance element) {
        Map<String, Object> scope = new HashMap<>(instance.variables);
        if (element != null) scope.putAll(element.locals);
        return scope;
    }

    ProcessModel model(ProcessInstance instance) {
        return state.definitions.get(instance.definitionKey).model();
    }

    void schedule(ProcessInstance instance, Runnable action) {
        pending.merge(instance.key, 1, Integer::sum);
        work.addLast(new Step(instance.key, action));
    }

    /** Moves every scheduled token until all of them wait or end. */
    void run() {
        int steps = 0;
        Step step;
        while ((step = work.pollFirst()) != null) {
            pending.computeIfPresent(step.instanceKey(), (k, n) -> n > 1 ? n - 1 : null);
            if (++steps > MAX_STEPS_PER_COMMAND) {
                work.clear();
                pending.clear();
                throw new EngineException(io.grpc.Status.Code.RESOURCE_EXHAUSTED,
                        "the process loops without waiting: more than " + MAX_STEPS_PER_COMMAND + " steps in one command");
            }
            step.action().run();
        }
    }
}
