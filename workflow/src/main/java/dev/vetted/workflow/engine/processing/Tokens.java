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
    private final Deque<Step> work = new ArrayDeque<>();
    private final Map<Long, Integer> pending = new HashMap<>();

    private record Step(long instanceKey, Runnable action) {
    }

    Tokens(ProcessingContext context, Consumer<ProcessInstance> onCompleted) {
        this.context = context;
        this.state = context.state;
        this.onCompleted = onCompleted;
    }

    // --- entry points for commands and time-driven work --------------------------------------

    public ProcessInstance start(ProcessDefinition definition, FlowNode startEvent, Map<String, Object> variables,
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
        schedule(instance, mapped ? () -> leave(instance, startEvent, null, trigger) : () -> activate(instance, startEvent, null));
        run();
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
        schedule(instance, () -> context.processors.of(node).complete(activation, result));
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
        schedule(instance, () -> leave(instance, event, null, variables == null || variables.isEmpty() ? null : variables));
    }

    public void cancel(ProcessInstance instance) {
        for (ElementInstance element : new ArrayList<>(instance.elements.values())) close(instance, element);
        state.remove(instance);
    }

    /** Retries the step that failed, after an operator fixed its cause. */
    public void retry(ProcessInstance instance, ElementInstance element) {
        FlowNode node = model(instance).node(element.elementId);
        instance.elements.remove(element.key);
        state.unindexElement(instance, element);
        state.save(instance);
        if (ElementInstance.LEAVE.equals(element.failedStep)) {
            schedule(instance, () -> leave(instance, node, element, null));
        } else {
            schedule(instance, () -> activate(instance, node, null));
        }
        run();
    }

    // --- the element lifecycle, for processors -----------------------------------------------

    private void activate(ProcessInstance instance, FlowNode node, SequenceFlow via) {
        if (node.kind.isBoundary()) throw new IllegalStateException("boundary events are not entered by sequence flows: " + node);
        ElementInstance element = new ElementInstance();
        element.key = state.newKey();
        element.elementId = node.id;
        try {
            Map<String, Object> scope = context.variables.applyInputs(instance, node, element);
            context.processors.of(node).activate(new Activation(this, instance, node, element, via, scope));
        } catch (Expressions.Failure e) {
            state.unindexElement(instance, element);
            element.clearWaits();
            element.failedStep = ElementInstance.ACTIVATE;
            context.incidents.raise(instance, element, "EXTRACT_VALUE_ERROR", e.getMessage());
        }
    }

    /** The element completes: output mappings (over the result, if any), then the flows it takes. */
    public void leave(ProcessInstance instance, FlowNode node, ElementInstance element, Map<String, Object> result) {
        ElementProcessor processor = context.processors.of(node);
        try {
            context.variables.applyOutputs(instance, node, element, result);
            List<SequenceFlow> taken = processor.flowsToTake(instance, node);
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

    /** A token ended (end event, or an element without outgoing flows). */
    public void endToken(ProcessInstance instance) {
        state.save(instance);
        schedule(instance, () -> {
            if (state.instances.containsKey(instance.key) && instance.elements.isEmpty() && !instance.hasWaitingTokens()
                    && !pending.containsKey(instance.key)) {
                state.remove(instance);
                onCompleted.accept(instance);
            }
        });
    }

    /** Ends an element's wait: its subscriptions, timers, job and incident go with it. */
    public void close(ProcessInstance instance, ElementInstance element) {
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

    void schedule(ProcessInstance instance, Runnable action) {
        pending.merge(instance.key, 1, Integer::sum);
        work.addLast(new Step(instance.key, action));
    }

    /** Moves every scheduled token until all of them wait or end. */
    public void run() {
        int steps = 0;
        Step step;
        while ((step = work.pollFirst()) != null) {
            pending.computeIfPresent(step.instanceKey(), (k, n) -> n > 1 ? n - 1 : null);
            if (++steps > MAX_STEPS_PER_COMMAND) {
                work.clear();
                pending.clear();
                throw new EngineException(EngineException.Reason.RESOURCE_EXHAUSTED,
                        "the process loops without waiting: more than " + MAX_STEPS_PER_COMMAND + " steps in one command");
            }
            step.action().run();
        }
    }
}
