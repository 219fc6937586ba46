package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.expression.Expressions;
import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Call activities: the element waits while an instance of the latest version of the called
 * process runs, started with the variables the element sees (or only its input mappings, when
 * parent variables are not propagated). When that instance completes, the call activity completes
 * with its variables; ending the call activity early cancels it. A called process that is not
 * deployed is an incident (CALLED_ELEMENT_ERROR) that a resolve retries.
 */
final class CallActivityProcessor implements ElementProcessor {

    private final ProcessingContext context;

    CallActivityProcessor(ProcessingContext context) {
        this.context = context;
    }

    @Override
    public void activate(Activation a) {
        FlowNode node = a.node();
        String processId = context.expressions.evaluateString(node.calledProcessId, a.scope(), "called process id");
        ProcessDefinition called = context.state.latest(processId);
        if (called == null) {
            throw new Expressions.Failure("call activity '" + node.id + "' calls process '" + processId
                    + "', which is not deployed", "CALLED_ELEMENT_ERROR");
        }
        if (called.model().noneStarts().isEmpty()) {
            throw new Expressions.Failure("call activity '" + node.id + "' calls process '" + processId
                    + "', which has no none start event", "CALLED_ELEMENT_ERROR");
        }
        context.timers.armBoundaries(node, a.element(), a.scope());
        context.messages.subscribeBoundaries(node, a.element(), a.scope());
        a.tokens().enter(a.instance(), a.element());
        Map<String, Object> variables = new LinkedHashMap<>(node.propagateAllParentVariables ? a.scope() : a.element().locals);
        ProcessInstance child = a.tokens().startCalled(called, variables, a.instance(), a.element());
        a.element().calledInstanceKey = child.key;
        context.state.save(a.instance());
        context.messages.correlateBuffered(a.instance(), a.element());
    }
}
