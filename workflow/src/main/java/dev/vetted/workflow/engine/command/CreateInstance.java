package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.List;
import java.util.Map;

/**
 * Starts an instance at the none start event of a process named by definition key, or by BPMN
 * process id and version (the latest when the version is negative).
 */
public record CreateInstance(long definitionKey, String bpmnProcessId, int version, Map<String, Object> variables)
        implements EngineCommand<ProcessInstance> {

    @Override
    public ProcessInstance apply(CommandContext context) {
        ProcessDefinition definition = definition(context.state);
        if (definition.model().noneStarts().isEmpty()) {
            throw EngineException.invalid("process '" + definition.bpmnProcessId()
                    + "' has no none start event; it starts only by message");
        }
        return context.processing.tokens.start(definition, definition.model().noneStarts().get(0), variables, null);
    }

    private ProcessDefinition definition(EngineState state) {
        if (definitionKey > 0) {
            ProcessDefinition definition = state.definitions.get(definitionKey);
            if (definition == null) throw EngineException.notFound("no process definition with key " + definitionKey);
            return definition;
        }
        if (bpmnProcessId == null || bpmnProcessId.isBlank()) {
            throw EngineException.invalid("name a process by its definition key or its BPMN process id");
        }
        if (version < 0) {
            ProcessDefinition definition = state.latest(bpmnProcessId);
            if (definition == null) throw EngineException.notFound("no process with BPMN process id '" + bpmnProcessId + "' is deployed");
            return definition;
        }
        return state.versions.getOrDefault(bpmnProcessId, List.of()).stream()
                .filter(d -> d.version() == version).findFirst()
                .orElseThrow(() -> EngineException.notFound("no version " + version + " of process '" + bpmnProcessId + "'"));
    }
}
