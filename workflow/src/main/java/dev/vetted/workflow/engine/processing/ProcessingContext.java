package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The engine's state with the behaviours that change it, as commands and time-driven work use
 * them. Built anew whenever the state is (re)loaded, so nothing here outlives the state it wraps.
 */
public final class ProcessingContext {

    public final EngineState state;
    public final Expressions expressions;
    public final Clock clock;
    public final Tokens tokens;
    public final VariableMappings variables;
    public final Incidents incidents;
    public final JobBehavior jobs;
    public final TimerBehavior timers;
    public final MessageBehavior messages;
    public final ErrorCatching errors;
    public final StartTimers startTimers;
    final ElementProcessors processors;
    final InclusiveJoins inclusiveJoins;

    /** @param onCompleted told of every instance that completes, inside the command that completed it */
    public ProcessingContext(EngineState state, Expressions expressions, Clock clock, Consumer<ProcessInstance> onCompleted) {
        this.state = state;
        this.expressions = expressions;
        this.clock = clock;
        this.variables = new VariableMappings(expressions);
        this.incidents = new Incidents(state, clock);
        this.jobs = new JobBehavior(state, expressions);
        this.inclusiveJoins = new InclusiveJoins(state);
        this.tokens = new Tokens(this, onCompleted);
        this.timers = new TimerBehavior(state, expressions, clock, tokens);
        this.messages = new MessageBehavior(state, expressions, tokens);
        this.errors = new ErrorCatching(tokens, state);
        this.startTimers = new StartTimers(state, expressions, clock, tokens);
        this.processors = new ElementProcessors(this);
    }
}
