package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.List;

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
    public List<SequenceFlow> flowsToTake(ProcessInstance instance, FlowNode gateway) {
        List<SequenceFlow> taken = new ArrayList<>();
        SequenceFlow fallback = null;
        for (SequenceFlow flow : gateway.outgoing) {
            if (flow.id().equals(gateway.defaultFlow)) {
                fallback = flow;
            } else if (flow.condition() == null || expressions.evaluateCondition(flow.condition(), instance.variables)) {
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
