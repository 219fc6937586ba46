package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Parallel gateways: a fork passes the token to every outgoing flow; a join (several incoming
 * flows) waits until a token has arrived on each, counting arrivals per flow in the instance.
 */
final class ParallelGatewayProcessor implements ElementProcessor {

    private final EngineState state;

    ParallelGatewayProcessor(EngineState state) {
        this.state = state;
    }

    @Override
    public void activate(Activation a) {
        FlowNode gateway = a.node();
        if (gateway.incoming.size() <= 1) {
            a.tokens().leave(a.instance(), gateway, a.element(), null);
            return;
        }
        ProcessInstance instance = a.instance();
        Map<String, Integer> arrivals = instance.joins.computeIfAbsent(gateway.id, k -> new HashMap<>());
        SequenceFlow via = a.via();
        if (via != null) arrivals.merge(via.id(), 1, Integer::sum);
        boolean complete = gateway.incoming.stream().allMatch(f -> arrivals.getOrDefault(f.id(), 0) > 0);
        if (!complete) {
            state.save(instance);
            return;
        }
        for (SequenceFlow f : gateway.incoming) arrivals.merge(f.id(), -1, Integer::sum);
        arrivals.values().removeIf(n -> n <= 0);
        if (arrivals.isEmpty()) instance.joins.remove(gateway.id);
        state.save(instance);
        a.tokens().leave(instance, gateway, a.element(), null);
    }
}
