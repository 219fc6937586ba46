package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;

import java.util.List;
import java.util.Map;

/**
 * Exclusive gateways: the token takes the first outgoing flow whose condition holds, else the
 * default flow; with neither, an incident (CONDITION_ERROR) that a resolve retries.
 */
final class ExclusiveGatewayProcessor implements ElementProcessor {

    private final Expressions expressions;

    ExclusiveGatewayProcessor(Expressions expressions) {
        this.expressions = expressions;
    }

    @Override
    public void activate(Activation a) {
        a.tokens().leave(a.instance(), a.node(), a.element(), null);
    }

    @Override
    public List<SequenceFlow> flowsToTake(FlowNode gateway, Map<String, Object> variables) {
        SequenceFlow fallback = null;
        for (SequenceFlow flow : gateway.outgoing) {
            if (flow.id().equals(gateway.defaultFlow)) {
                fallback = flow;
                continue;
            }
            if (flow.condition() == null || expressions.evaluateCondition(flow.condition(), variables)) {
                return List.of(flow);
            }
        }
        if (fallback != null) return List.of(fallback);
        throw new Expressions.Failure("no condition of exclusive gateway '" + gateway.id
                + "' is true and it has no default flow");
    }

    @Override
    public String leaveFailure() {
        return "CONDITION_ERROR";
    }
}
