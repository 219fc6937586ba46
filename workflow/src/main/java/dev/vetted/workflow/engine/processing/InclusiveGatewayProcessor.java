package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inclusive gateways (forking): the token takes every outgoing flow whose condition holds (a flow
 * without one always), else the default flow; with neither, an incident (CONDITION_ERROR).
 */
final class InclusiveGatewayProcessor implements ElementProcessor {

    private final Expressions expressions;

    InclusiveGatewayProcessor(Expressions expressions) {
        this.expressions = expressions;
    }

    @Override
    public void activate(Activation a) {
        a.tokens().leave(a.instance(), a.node(), a.element(), null);
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
