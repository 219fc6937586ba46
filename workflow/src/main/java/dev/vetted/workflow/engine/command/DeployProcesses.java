package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.Deployed;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.model.ProcessModel;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.StartTimer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deploys processes already read and checked (reading happens off the engine's thread). As in
 * Zeebe, identical bytes keep the latest version; changed bytes get the next one.
 */
public record DeployProcesses(List<Source> processes) implements EngineCommand<Deployed> {

    /** A process read from a resource, with the resource's name and bytes. */
    public record Source(ProcessModel model, String resourceName, byte[] resource) {
    }

    @Override
    public Deployed apply(CommandContext context) {
        EngineState state = context.state;
        long deploymentKey = state.newKey();
        // first everything that can refuse (timer start events evaluated), then the changes: a refused deployment changes nothing
        List<ProcessDefinition> result = new ArrayList<>();
        Map<ProcessDefinition, List<StartTimer>> fresh = new LinkedHashMap<>();
        for (Source source : processes) {
            String checksum = checksum(source.resource());
            ProcessDefinition latest = state.latest(source.model().bpmnProcessId());
            if (latest != null && latest.checksum().equals(checksum)) {
                result.add(latest);
                continue;
            }
            ProcessDefinition definition = new ProcessDefinition(state.newKey(), source.model().bpmnProcessId(),
                    latest == null ? 1 : latest.version() + 1, source.resourceName(), checksum, source.resource(), source.model());
            fresh.put(definition, context.processing.startTimers.schedule(definition));
            result.add(definition);
        }
        fresh.forEach((definition, timers) -> {
            state.addDefinition(definition, true);
            context.processing.startTimers.replace(definition.bpmnProcessId(), timers);
        });
        return new Deployed(deploymentKey, result);
    }

    private static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
