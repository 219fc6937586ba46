package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * An error thrown by a job worker: caught by the error boundary event with that error code on
 * the job's element, else by one without a code (catch-all), else in the same way by the
 * sub-processes around it, innermost first, and then by the call activity that started the
 * instance. The error's variables reach the instance through the catching event's output
 * mappings, or are merged when it has none.
 */
public final class ErrorCatching {

    private final Tokens tokens;
    private final EngineState state;

    ErrorCatching(Tokens tokens, EngineState state) {
        this.tokens = tokens;
        this.state = state;
    }

    /** Answers false when no boundary event catches the error (the caller raises an incident). */
    public boolean tryCatch(ProcessInstance instance, ElementInstance element, String errorCode, Map<String, Object> variables) {
        // the job's element first, then each sub-process around it, outward, then the call activity that called the instance
        ProcessInstance at = instance;
        ElementInstance scope = element;
        while (scope != null) {
            FlowNode catcher = catcher(tokens.model(at).node(scope.elementId), errorCode);
            if (catcher != null) {
                tokens.triggerBoundary(at, scope, catcher, variables);
                return true;
            }
            if (scope.parentKey != 0) {
                scope = at.elements.get(scope.parentKey);
            } else if (at.parentInstanceKey != 0 && state.instances.containsKey(at.parentInstanceKey)) {
                long callActivity = at.parentElementKey;
                at = state.instances.get(at.parentInstanceKey);
                scope = at.elements.get(callActivity);
            } else {
                scope = null;
            }
        }
        return false;
    }

    private static FlowNode catcher(FlowNode activity, String errorCode) {
        FlowNode catchAll = null;
        for (FlowNode boundary : activity.boundaries) {
            if (boundary.kind != ElementKind.ERROR_BOUNDARY_EVENT) continue;
            if (errorCode.equals(boundary.errorCode)) return boundary;
            if (boundary.errorCode == null && catchAll == null) catchAll = boundary;
        }
        return catchAll;
    }
}
