package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.EngineState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inclusive gateways. Forking, the token takes every outgoing flow whose condition holds (a flow
 * without one always), else the default flow; with neither, an incident (CONDITION_ERROR).
 * Joining (several incoming flows), the token waits in the instance's join counts until
 * {@link InclusiveJoins} finds no other token that could still arrive.
 */
final class InclusiveGatewayProcessor implements ElementProcessor {

    private final Expressions expressions;
    private final EngineState state;
    private final InclusiveJoins joins;

    InclusiveGatewayProcessor(ProcessingContext context) {
        this.expressions = context.expressions;
        this.state = context.state;
        this.joins = context.inclusiveJoins;
    }

    @Override
    public void activate(Activation a) {
        if (!InclusiveJoins.joins(a.node())) {
            a.tokens().leave(a.instance(), a.node(), a.element(), null);
            return;
        }
        Map<String, Integer> arrivals = a.instance().joins.computeIfAbsent(a.node().id, k -> new HashMap<>());
        arrivals.merge(a.via() == null ? a.node().incoming.get(0).id() : a.via().id(), 1, Integer::sum);
        state.save(a.instance());
        joins.arrived(a.instance());
    }

    @Override
    public List<SequenceFlow> flowsToTake(FlowNode gateway, Map<String, Object> variables) {
        List<SequenceFlow> taken = new ArrayList<>();
        SequenceFlow fallback = null;
        for (SequenceFlow flow : gateway.outgoing) {
            if (flow.id().equals(gateway.defaultFlow)) {
                fallback = flow;
            } else if (flow.condition() == null || expressions.evaluateCondition(flow.condition(), variables)) {
                taken.add(flow);
            }
        }
        if (!taken.isEmpty()) return taken;
        if (fallback != null) return List.of(fallback);
        throw new Expressions.Failure("no condition of inclusive gateway '" + gateway.id + "' is true and it has no default flow");
    }

    @Override
    public String leaveFailure() {
        return "CONDITION_ERROR";
    }
}
