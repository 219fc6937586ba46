package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.model.ProcessModel;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How tokens move: an element instance is activated, waits, and is left or terminated; what a
 * kind of element does in between is its {@link ElementProcessor}'s. Tokens move through a work
 * queue rather than recursion, so loops in a model cannot overflow the stack, and an instance
 * completes only when no step of it is left in the queue.
 */
public final class Tokens {

    /** Steps without a wait state in between; a model that loops without waiting is stopped here. */
    private static final int MAX_STEPS_PER_COMMAND = 100_000;

    private final ProcessingContext context;
    private final EngineState state;
    private final Consumer<ProcessInstance> onCompleted;
    private final Scopes scopes;
    private final Deque<Step> work = new ArrayDeque<>();
    /** Steps still queued per scope: a scope completes only when none of its steps are left. */
    private final Map<Long, Integer> pending = new HashMap<>();

    /** A queued step, counted against the scope it runs in (the instance's key, or a sub-process element's). */
    private record Step(long scopeKey, Runnable action) {
    }

    Tokens(ProcessingContext context, Consumer<ProcessInstance> onCompleted) {
        this.context = context;
        this.state = context.state;
        this.onCompleted = onCompleted;
        this.scopes = new Scopes(context);
    }

    // --- entry points for commands and time-driven work --------------------------------------

    public ProcessInstance start(ProcessDefinition definition, FlowNode startEvent, Map<String, Object> variables,
                                 String startCorrelationKey) {
        ProcessInstance instance = create(definition, startEvent, variables, startCorrelationKey);
        run();
        return instance;
    }

    /** An instance a call activity starts, queued behind the current work; it tells its caller when it completes. */
    ProcessInstance startCalled(ProcessDefinition definition, Map<String, Object> variables, ProcessInstance caller,
                                ElementInstance callActivity) {
        ProcessInstance instance = create(definition, definition.model().noneStarts().get(0), variables, null);
        instance.parentInstanceKey = caller.key;
        instance.parentElementKey = callActivity.key;
        return instance;
    }

    private ProcessInstance create(ProcessDefinition definition, FlowNode startEvent, Map<String, Object> variables,
                                   String startCorrelationKey) {
        ProcessInstance instance = new ProcessInstance();
        instance.key = state.newKey();
        instance.definitionKey = definition.key();
        instance.bpmnProcessId = definition.bpmnProcessId();
        instance.version = definition.version();
        instance.startedAt = context.clock.millis();
        instance.startCorrelationKey = startCorrelationKey;
        // a message start event with output mappings lets only the mapped message variables in, as in Zeebe
        boolean mapped = startEvent.kind == ElementKind.MESSAGE_START_EVENT && !startEvent.outputs.isEmpty();
        if (variables != null && !mapped) instance.variables.putAll(variables);
        state.save(instance);
        if (startCorrelationKey != null) {
            state.messageStarted.put(new EngineState.StartKey(instance.bpmnProcessId, startCorrelationKey), instance.key);
        }
        Map<String, Object> trigger = variables == null || variables.isEmpty() ? null : variables;
        if (mapped) {
            ElementInstance event = transientElement(startEvent, 0);
            schedule(instance.key, () -> leave(instance, startEvent, event, trigger));
        } else {
            schedule(instance.key, () -> activate(instance, startEvent, null, 0));
        }
        return instance;
    }

    /** The element's wait is over (job completed, message correlated, timer due): its processor completes it. */
    public void completeWait(ProcessInstance instance, ElementInstance element, Map<String, Object> result) {
        completeWaitLater(instance, element, result);
        run();
    }

    /** As {@link #completeWait}, queued behind the current work (a message correlating while tokens move). */
    public void completeWaitLater(ProcessInstance instance, ElementInstance element, Map<String, Object> result) {
        FlowNode node = model(instance).node(element.elementId);
        close(instance, element);
        Activation activation = new Activation(this, instance, node, element, null, Map.of());
        schedule(scopeOf(instance, element), () -> context.processors.of(node).complete(activation, result));
    }

    /**
     * A boundary event on a waiting element fired, with the variables of its trigger (an error's
     * or a message's). An interrupting one ends the element first; either way a token leaves the
     * boundary event, through its output mappings.
     */
    public void triggerBoundary(ProcessInstance instance, ElementInstance host, FlowNode event, Map<String, Object> variables) {
        triggerBoundaryLater(instance, host, event, variables);
        run();
    }

    /** As {@link #triggerBoundary}, queued behind the current work. */
    public void triggerBoundaryLater(ProcessInstance instance, ElementInstance host, FlowNode event, Map<String, Object> variables) {
        if (event.interrupting) close(instance, host);
        state.save(instance);
        ElementInstance fired = transientElement(event, host.parentKey);
        schedule(scopeOf(instance, fired), () -> leave(instance, event, fired, variables == null || variables.isEmpty() ? null : variables));
    }

    public void cancel(ProcessInstance instance) {
        for (ElementInstance element : new ArrayList<>(instance.elements.values())) {
            if (instance.elements.containsKey(element.key)) close(instance, element);
        }
        state.remove(instance);
    }

    /** Retries the step that failed, after an operator fixed its cause. */
    public void retry(ProcessInstance instance, ElementInstance element) {
        FlowNode node = model(instance).node(element.elementId);
        instance.elements.remove(element.key);
        state.unindexElement(instance, element);
        state.save(instance);
        if (ElementInstance.LEAVE.equals(element.failedStep)) {
            schedule(scopeOf(instance, element), () -> leave(instance, node, element, null));
        } else {
            schedule(scopeOf(instance, element), () -> activate(instance, node, null, element.parentKey));
        }
        run();
    }

    // --- the element lifecycle, for processors -----------------------------------------------

    /** Queues a token's arrival at the element, inside the scope given by its parent element instance (0: the process). */
    void activateLater(ProcessInstance instance, FlowNode node, SequenceFlow via, long parentKey) {
        schedule(parentKey == 0 ? instance.key : parentKey, () -> activate(instance, node, via, parentKey));
    }

    private void activate(ProcessInstance instance, FlowNode node, SequenceFlow via, long parentKey) {
        if (node.kind.isBoundary()) throw new IllegalStateException("boundary events are not entered by sequence flows: " + node);
        // the sub-process ended before this token got in (an interrupting event on it): the token goes with it
        if (parentKey != 0 && !instance.elements.containsKey(parentKey)) return;
        ElementInstance element = new ElementInstance();
        element.key = state.newKey();
        element.elementId = node.id;
        element.parentKey = parentKey;
        try {
            Map<String, Object> scope = context.variables.applyInputs(instance, node, element);
            context.processors.of(node).activate(new Activation(this, instance, node, element, via, scope));
        } catch (Expressions.Failure e) {
            state.unindexElement(instance, element);
            element.clearWaits();
            element.failedStep = ElementInstance.ACTIVATE;
            context.incidents.raise(instance, element, e.incidentType(), e.getMessage());
        }
    }

    /** The element completes: output mappings (over the result, if any), then the flows it takes. */
    public void leave(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> result) {
        ElementProcessor processor = context.processors.of(node);
        try {
            context.variables.applyOutputs(instance, node, element, result);
            List<SequenceFlow> taken = processor.flowsToTake(node, context.variables.view(instance, element));
            state.save(instance);
            if (taken.isEmpty()) {
                endToken(instance, element.parentKey);
                return;
            }
            ProcessModel model = model(instance);
            for (SequenceFlow flow : taken) activateLater(instance, model.node(flow.target()), flow, element.parentKey);
        } catch (Expressions.Failure e) {
            ElementInstance failed = element;
            failed.failedStep = ElementInstance.LEAVE;
            failed.clearWaits();
            context.incidents.raise(instance, failed, processor.leaveFailure(), e.getMessage());
        }
    }

    /** The element waits: it becomes visible to jobs, messages and timers. */
    public void enter(ProcessInstance instance, ElementInstance element) {
        instance.elements.put(element.key, element);
        state.indexElement(instance, element);
        state.save(instance);
    }

    /**
     * A token ended (end event, or an element without outgoing flows) in the scope of the given
     * parent (0: the process). Once nothing is left in that scope, the scope completes: the
     * instance, or the sub-process, which is then left like any element.
     */
    public void endToken(ProcessInstance instance, long parentKey) {
        state.save(instance);
        long scopeKey = parentKey == 0 ? instance.key : parentKey;
        schedule(scopeKey, () -> {
            if (!state.instances.containsKey(instance.key) || pending.containsKey(scopeKey)) return;
            if (parentKey == 0) {
                if (instance.elements.isEmpty() && !instance.hasWaitingTokens()) {
                    state.remove(instance);
                    onCompleted.accept(instance);
                    if (instance.parentInstanceKey != 0) CalledInstances.returnToCaller(instance, this, state);
                }
                return;
            }
            ElementInstance scope = instance.elements.get(parentKey);
            if (scope != null && scopes.isEmpty(instance, scope)) completeWaitLater(instance, scope, null);
        });
    }

    /**
     * Ends an element's wait: its subscriptions, timers, job and incident go with it, and whatever
     * runs inside it (a sub-process's elements, a call activity's instance).
     */
    public void close(ProcessInstance instance, ElementInstance element) {
        if (model(instance).node(element.elementId).kind == ElementKind.SUB_PROCESS) scopes.closeInside(instance, element);
        if (element.calledInstanceKey != null) {
            ProcessInstance called = state.instances.get(element.calledInstanceKey);
            element.calledInstanceKey = null;
            if (called != null) cancel(called);
        }
        state.unindexElement(instance, element);
        instance.elements.remove(element.key);
        if (element.jobKey != null) context.jobs.cancel(element.jobKey);
        context.incidents.dropOf(element);
        state.save(instance);
    }

    public ProcessModel model(ProcessInstance instance) {
        return state.definitions.get(instance.definitionKey).model();
    }

    // --- the work queue -----------------------------------------------------------------------

    private void schedule(long scopeKey, Runnable action) {
        pending.merge(scopeKey, 1, Integer::sum);
        work.addLast(new Step(scopeKey, action));
    }

    private static long scopeOf(ProcessInstance instance, ElementInstance element) {
        return element.parentKey == 0 ? instance.key : element.parentKey;
    }

    /** The element instance of an event that is left without being entered (a fired boundary event). */
    private ElementInstance transientElement(FlowNode event, long parentKey) {
        ElementInstance element = new ElementInstance();
        element.key = state.newKey();
        element.elementId = event.id;
        element.parentKey = parentKey;
        return element;
    }

    /** An inclusive join fired: a token leaves it in its scope. */
    void leaveJoin(ProcessInstance instance, FlowNode gateway, long parentKey) {
        ElementInstance join = transientElement(gateway, parentKey);
        schedule(parentKey == 0 ? instance.key : parentKey, () -> leave(instance, gateway, join, null));
    }

    /**
     * Moves every scheduled token until all of them wait or end; then inclusive joins that became
     * ready fire, and their tokens move in turn.
     */
    public void run() {
        int steps = 0;
        while (true) {
            Step step;
            while ((step = work.pollFirst()) != null) {
                pending.computeIfPresent(step.scopeKey(), (k, n) -> n > 1 ? n - 1 : null);
                if (++steps > MAX_STEPS_PER_COMMAND) {
                    work.clear();
                    pending.clear();
                    throw new EngineException(EngineException.Reason.RESOURCE_EXHAUSTED,
                            "the process loops without waiting: more than " + MAX_STEPS_PER_COMMAND + " steps in one command");
                }
                step.action().run();
            }
            if (!context.inclusiveJoins.fireReady(this)) return;
        }
    }

}
