package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.LinkedHashMap;

/** Instances a call activity started, returning to their caller when they complete. */
final class CalledInstances {

    private CalledInstances() {
    }

    /** The call activity completes, with the child's variables as its result (all, or for its output mappings). */
    static void returnToCaller(ProcessInstance child, Tokens tokens, EngineState state) {
        ProcessInstance caller = state.instances.get(child.parentInstanceKey);
        ElementInstance callActivity = caller == null ? null : caller.elements.get(child.parentElementKey);
        if (callActivity == null) return;
        callActivity.calledInstanceKey = null;
        FlowNode node = tokens.model(caller).node(callActivity.elementId);
        boolean pass = node.propagateAllChildVariables || !node.outputs.isEmpty();
        tokens.completeWaitLater(caller, callActivity, pass ? new LinkedHashMap<>(child.variables) : null);
    }
}
