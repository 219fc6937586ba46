package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessModel;
import dev.vetted.workflow.engine.model.SequenceFlow;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joining inclusive gateways, as the BPMN specification defines them: the gateway fires once a
 * token has arrived on at least one incoming flow and no other token in its scope can still
 * reach an incoming flow that has none. Tokens arrive and wait in the instance's join counts; the
 * instances with a token waiting at one are checked whenever tokens have stopped moving, since a
 * token elsewhere ending (not arriving) can be what makes the gateway ready.
 */
final class InclusiveJoins {

    private final EngineState state;
    /** Per definition and gateway: for each incoming flow, the elements from which a token can still reach it. */
    private final Map<String, Map<String, Set<String>>> reach = new HashMap<>();
    /** Instances with a token waiting at an inclusive join: the only ones a check needs to look at. */
    private final Set<Long> waiting = new HashSet<>();

    /** Finds, in a state just loaded, the instances that have tokens waiting at an inclusive join. */
    InclusiveJoins(EngineState state) {
        this.state = state;
        for (ProcessInstance instance : state.instances.values()) {
            if (!instance.joins.isEmpty() && hasInclusiveArrivals(instance)) waiting.add(instance.key);
        }
    }

    /** A token arrived at one of the instance's inclusive joins. */
    void arrived(ProcessInstance instance) {
        waiting.add(instance.key);
    }

    static boolean joins(FlowNode node) {
        return node.kind == ElementKind.INCLUSIVE_GATEWAY && node.incoming.size() > 1;
    }

    /**
     * Fires every inclusive join of these instances that is ready: its arrivals are consumed and
     * a token leaves it. Answers whether any fired (the caller moves the tokens again).
     */
    boolean fireReady(Tokens tokens) {
        if (waiting.isEmpty()) return false;
        boolean fired = false;
        for (long key : List.copyOf(waiting)) {
            ProcessInstance instance = state.instances.get(key);
            if (instance == null || !hasInclusiveArrivals(instance)) {
                waiting.remove(key);
                continue;
            }
            ProcessModel model = tokens.model(instance);
            for (String gatewayId : List.copyOf(instance.joins.keySet())) {
                FlowNode gateway = model.nodes().get(gatewayId);
                if (gateway == null || !joins(gateway) || !ready(instance, model, gateway)) continue;
                Map<String, Integer> arrivals = instance.joins.get(gatewayId);
                for (SequenceFlow f : gateway.incoming) arrivals.computeIfPresent(f.id(), (k, n) -> n > 1 ? n - 1 : null);
                if (arrivals.isEmpty()) instance.joins.remove(gatewayId);
                state.save(instance);
                tokens.leaveJoin(instance, gateway, scopeKeyOf(instance, gateway));
                fired = true;
            }
        }
        return fired;
    }

    private boolean hasInclusiveArrivals(ProcessInstance instance) {
        ProcessModel model = state.definitions.get(instance.definitionKey).model();
        for (String gatewayId : instance.joins.keySet()) {
            FlowNode gateway = model.nodes().get(gatewayId);
            if (gateway != null && joins(gateway)) return true;
        }
        return false;
    }

    private boolean ready(ProcessInstance instance, ProcessModel model, FlowNode gateway) {
        Map<String, Integer> arrivals = instance.joins.get(gateway.id);
        if (arrivals == null || arrivals.values().stream().noneMatch(n -> n > 0)) return false;
        Set<String> positions = positions(instance, model, gateway);
        Map<String, Set<String>> reachers = reachers(instance.definitionKey, gateway, model);
        for (SequenceFlow f : gateway.incoming) {
            if (arrivals.getOrDefault(f.id(), 0) > 0) continue;
            for (String at : positions) if (reachers.get(f.id()).contains(at)) return false;
        }
        return true;
    }

    /** Where the other tokens of the gateway's scope are: waiting elements, and tokens at other joins. */
    private Set<String> positions(ProcessInstance instance, ProcessModel model, FlowNode gateway) {
        long scope = scopeKeyOf(instance, gateway);
        Set<String> at = new HashSet<>();
        for (ElementInstance element : instance.elements.values()) {
            if (element.parentKey == scope) at.add(element.elementId);
        }
        instance.joins.forEach((id, tokens) -> {
            FlowNode join = model.nodes().get(id);
            if (!id.equals(gateway.id) && join != null && java.util.Objects.equals(join.parent, gateway.parent)
                    && tokens.values().stream().anyMatch(n -> n > 0)) at.add(id);
        });
        return at;
    }

    /** The element instance key of the sub-process the gateway is in, or 0 at the process level. */
    private static long scopeKeyOf(ProcessInstance instance, FlowNode gateway) {
        if (gateway.parent == null) return 0;
        for (ElementInstance element : instance.elements.values()) {
            if (element.elementId.equals(gateway.parent)) return element.key;
        }
        return 0;
    }

    private Map<String, Set<String>> reachers(long definitionKey, FlowNode gateway, ProcessModel model) {
        return reach.computeIfAbsent(definitionKey + "/" + gateway.id, k -> {
            Map<String, Set<String>> byFlow = new HashMap<>();
            for (SequenceFlow f : gateway.incoming) byFlow.put(f.id(), backwardsFrom(model, f.source(), gateway.id));
            return byFlow;
        });
    }

    /** Every element from which a path leads to {@code start} without passing the gateway (boundary events count for their host). */
    private static Set<String> backwardsFrom(ProcessModel model, String start, String gatewayId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(gatewayId) || !seen.add(id)) continue;
            FlowNode node = model.node(id);
            for (SequenceFlow in : node.incoming) todo.push(in.source());
            if (node.attachedTo != null) todo.push(node.attachedTo);
        }
        return seen;
    }
}
