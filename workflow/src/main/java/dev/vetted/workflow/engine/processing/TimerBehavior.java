package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.expression.TimerSchedules;
import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;
import dev.vetted.workflow.engine.state.Timer;

import java.time.Clock;
import java.util.Map;

/** Timers of catch events and of boundary events, and what happens when one falls due. */
public final class TimerBehavior {

    private final EngineState state;
    private final Expressions expressions;
    private final Clock clock;
    private final Tokens tokens;

    TimerBehavior(EngineState state, Expressions expressions, Clock clock, Tokens tokens) {
        this.state = state;
        this.expressions = expressions;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** A timer for the event, due after its duration from now. */
    void arm(ElementInstance element, FlowNode event, Map<String, Object> scope) {
        TimerSchedules.Schedule due = expressions.timers().evaluate(event.timer, scope, clock.millis());
        element.timers.add(new Timer(state.newKey(), event.id, due.dueAt(), due.repetitionsAfter(), due.intervalMillis()));
    }

    /** The timers of the activity's timer boundary events. */
    void armBoundaries(FlowNode activity, ElementInstance element, Map<String, Object> scope) {
        for (FlowNode boundary : activity.boundaries) {
            if (boundary.kind == ElementKind.TIMER_BOUNDARY_EVENT) arm(element, boundary, scope);
        }
    }

    /** A timer fell due (already taken off the engine's timer index). */
    public void fire(EngineState.TimerRef ref) {
        ProcessInstance instance = state.instances.get(ref.instanceKey());
        if (instance == null) return;
        ElementInstance element = instance.elements.get(ref.elementKey());
        if (element == null) return;
        Timer timer = element.timers.stream().filter(t -> t.key == ref.timerKey()).findFirst().orElse(null);
        if (timer == null) return;
        if (timer.eventId.equals(element.elementId)) {
            tokens.completeWait(instance, element, null);
            return;
        }
        // a boundary event's timer, or a catch event's after an event-based gateway (those interrupt)
        FlowNode event = tokens.model(instance).node(timer.eventId);
        if (!event.interrupting) repeatOrDrop(instance, element, timer);
        tokens.triggerBoundary(instance, element, event, null);
    }

    /** A non-interrupting timer on a cycle is armed for its next occurrence; any other is done. */
    private void repeatOrDrop(ProcessInstance instance, ElementInstance element, Timer timer) {
        element.timers.remove(timer);
        TimerSchedules.Schedule next = new TimerSchedules.Schedule(timer.dueAt, timer.repetitionsAfter, timer.intervalMillis).next();
        if (next == null) return;
        Timer again = new Timer(state.newKey(), timer.eventId, next.dueAt(), next.repetitionsAfter(), next.intervalMillis());
        element.timers.add(again);
        state.timers.add(new EngineState.TimerRef(again.dueAt, again.key, instance.key, element.key));
    }
}
