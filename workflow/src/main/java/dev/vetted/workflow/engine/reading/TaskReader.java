package dev.vetted.workflow.engine.reading;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;

import java.util.LinkedHashMap;
import java.util.Map;

/** Service tasks (job type, retries, custom headers) and receive tasks (a message); both take inputs and outputs. */
final class TaskReader implements ElementReader {

    @Override
    public FlowNode read(FlowElement element, ReadingRules rules) {
        if (element instanceof ServiceTask task) return serviceTask(task, rules);
        if (element instanceof ReceiveTask task) {
            FlowNode node = new FlowNode(task.getId(), ElementKind.RECEIVE_TASK);
            rules.readMessage(node, task.getMessage(), task);
            rules.readMappings(node, task, ReadingRules.Mappings.INPUTS_AND_OUTPUTS, "receive task");
            return node;
        }
        return null;
    }

    private static FlowNode serviceTask(ServiceTask task, ReadingRules rules) {
        String id = task.getId();
        FlowNode node = new FlowNode(id, ElementKind.SERVICE_TASK);
        ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
            throw EngineException.invalid("service task '" + id + "' has no job type (zeebe:taskDefinition type)");
        }
        node.jobType = definition.getType();
        rules.checkExpression(node.jobType, "job type of '" + id + "'");
        if (definition.getRetries() != null && !definition.getRetries().isBlank()) {
            node.jobRetries = definition.getRetries();
            rules.checkExpression(node.jobRetries, "retries of '" + id + "'");
        }
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers != null) {
            Map<String, String> map = new LinkedHashMap<>();
            for (ZeebeHeader h : headers.getHeaders()) map.put(h.getKey(), h.getValue());
            node.headers = Map.copyOf(map);
        }
        rules.readMappings(node, task, ReadingRules.Mappings.INPUTS_AND_OUTPUTS, "service task");
        return node;
    }
}
