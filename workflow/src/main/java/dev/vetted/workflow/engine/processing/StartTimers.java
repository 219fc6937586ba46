package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.expression.TimerSchedules;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.StartTimer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Timer start events (daily digests, reminders): each occurrence starts an instance of the
 * version that armed it. Deploying a new version of a process replaces the timers of the
 * earlier ones, as in Camunda 8; a date in the past fires at once.
 */
public final class StartTimers {

    private final EngineState state;
    private final Expressions expressions;
    private final Clock clock;
    private final Tokens tokens;

    StartTimers(EngineState state, Expressions expressions, Clock clock, Tokens tokens) {
        this.state = state;
        this.expressions = expressions;
        this.clock = clock;
        this.tokens = tokens;
    }

    /**
     * The first occurrences of the version's timer start events, worked out before anything is
     * deployed: a timer that cannot be evaluated refuses the deployment.
     */
    public List<StartTimer> schedule(ProcessDefinition definition) {
        List<StartTimer> timers = new ArrayList<>();
        for (FlowNode start : definition.model().timerStarts()) {
            TimerSchedules.Schedule due;
            try {
                due = expressions.timers().evaluate(start.timer, Map.of(), clock.millis());
            } catch (Expressions.Failure e) {
                throw EngineException.invalid("the timer of start event '" + start.id + "' cannot be evaluated: " + e.getMessage());
            }
            StartTimer timer = new StartTimer();
            timer.definitionKey = definition.key();
            timer.eventId = start.id;
            timer.dueAt = due.dueAt();
            timer.repetitionsAfter = due.repetitionsAfter();
            timer.intervalMillis = due.intervalMillis();
            timers.add(timer);
        }
        return timers;
    }

    /** The new version's timers replace those of every earlier version of the process. */
    public void replace(String bpmnProcessId, List<StartTimer> timers) {
        for (StartTimer old : new ArrayList<>(state.startTimers.values())) {
            ProcessDefinition of = state.definitions.get(old.definitionKey);
            if (of == null || of.bpmnProcessId().equals(bpmnProcessId)) state.remove(old);
        }
        for (StartTimer timer : timers) {
            timer.key = state.newKey();
            state.save(timer);
        }
    }

    /** An occurrence fell due (taken off the timer index): an instance starts; a cycle is armed again. */
    public void fire(EngineState.TimerRef ref) {
        StartTimer timer = state.startTimers.get(ref.timerKey());
        if (timer == null) return;
        ProcessDefinition definition = state.definitions.get(timer.definitionKey);
        TimerSchedules.Schedule next = new TimerSchedules.Schedule(timer.dueAt, timer.repetitionsAfter, timer.intervalMillis).next();
        if (next == null) {
            state.remove(timer);
        } else {
            timer.dueAt = next.dueAt();
            timer.repetitionsAfter = next.repetitionsAfter();
            state.save(timer);
        }
        if (definition != null) tokens.start(definition, definition.model().node(timer.eventId), Map.of(), null);
    }
}
