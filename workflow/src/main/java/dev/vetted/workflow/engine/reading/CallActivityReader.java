package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;

/**
 * Call activities: the latest deployed version of the called process (binding "latest", the
 * default), with which variables cross over in each direction; inputs and outputs.
 */
final class CallActivityReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (!(element instanceof CallActivity call)) return null;
        String id = element.getId();
        ZeebeCalledElement called = call.getSingleExtensionElement(ZeebeCalledElement.class);
        if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
            throw EngineException.invalid("call activity '" + id + "' names no process (zeebe:calledElement processId)");
        }
        if (called.getBindingType() != null && called.getBindingType() != ZeebeBindingType.latest) {
            throw EngineException.invalid("call activity '" + id + "' binds the called process by " + called.getBindingType()
                    + "; the embedded engine calls the latest version only");
        }
        FlowNode node = new FlowNode(id, ElementKind.CALL_ACTIVITY);
        node.calledProcessId = called.getProcessId();
        rules.checkExpression(node.calledProcessId, "called process of '" + id + "'");
        node.propagateAllParentVariables = called.isPropagateAllParentVariablesEnabled();
        node.propagateAllChildVariables = called.isPropagateAllChildVariablesEnabled();
        rules.readMappings(node, call, ReadingRules.Mappings.INPUTS_AND_OUTPUTS, "call activity");
        return node;
    }
}
