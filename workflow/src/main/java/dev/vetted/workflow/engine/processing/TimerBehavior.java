package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;
import dev.vetted.workflow.engine.state.Timer;

import java.time.Clock;
import java.time.Duration;
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
        Duration d = expressions.evaluateDuration(event.timerDuration, scope);
        element.timers.add(new Timer(state.newKey(), event.id, clock.millis() + d.toMillis()));
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
        FlowNode event = tokens.model(instance).node(timer.eventId);
        if (!event.kind.isBoundary()) {
            tokens.completeWait(instance, element, null);
            return;
        }
        if (!event.interrupting) element.timers.remove(timer);
        tokens.triggerBoundary(instance, element, event, null);
    }
}
