package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.Map;

/**
 * An error thrown by a job worker: caught by the error boundary event with that error code on
 * the job's element, else by one without a code (catch-all), else in the same way by the
 * sub-processes around it, innermost first. The error's variables reach the
 * instance through the catching event's output mappings, or are merged when it has none.
 */
public final class ErrorCatching {

    private final Tokens tokens;

    ErrorCatching(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Answers false when no boundary event catches the error (the caller raises an incident). */
    public boolean tryCatch(ProcessInstance instance, ElementInstance element, String errorCode, Map<String, Object> variables) {
        // the job's element first, then each sub-process around it, outward
        for (ElementInstance scope = element; scope != null;
             scope = scope.parentKey == 0 ? null : instance.elements.get(scope.parentKey)) {
            FlowNode catcher = catcher(tokens.model(instance).node(scope.elementId), errorCode);
            if (catcher == null) continue;
            tokens.triggerBoundary(instance, scope, catcher, variables);
            return true;
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
