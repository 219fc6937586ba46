package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.state.BufferedMessage;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.List;

/**
 * Message start events: a message starts a new instance of the latest version of each process
 * that has a start event for it, unless an instance of that process started with the same
 * correlation key is still active; when that one ends, a buffered message may start the next.
 */
public final class MessageStarts {

    private MessageStarts() {
    }

    static void start(ProcessingContext processing, BufferedMessage message) {
        EngineState state = processing.state;
        for (List<ProcessDefinition> versions : state.versions.values()) {
            ProcessDefinition latest = versions.get(versions.size() - 1);
            if (message.correlatedProcesses.contains(latest.bpmnProcessId())) continue;
            for (FlowNode start : latest.model().messageStarts()) {
                if (!start.messageName.equals(message.name)) continue;
                if (!message.correlationKey.isEmpty()
                        && state.messageStarted.containsKey(new EngineState.StartKey(latest.bpmnProcessId(), message.correlationKey))) {
                    continue;
                }
                message.correlatedProcesses.add(latest.bpmnProcessId());
                processing.tokens.start(latest, start, message.variables,
                        message.correlationKey.isEmpty() ? null : message.correlationKey);
                break;
            }
        }
    }

    /** An instance started by a message ended: a buffered message with its key may start the next. */
    public static void afterCompletion(ProcessingContext processing, ProcessInstance instance) {
        if (instance.startCorrelationKey == null) return;
        EngineState state = processing.state;
        ProcessDefinition latest = state.latest(instance.bpmnProcessId);
        for (FlowNode start : latest.model().messageStarts()) {
            var keys = state.buffered.get(new EngineState.Subscription(start.messageName, instance.startCorrelationKey));
            if (keys == null) continue;
            for (long key : new ArrayList<>(keys)) {
                BufferedMessage message = state.messages.get(key);
                if (message == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
                int before = message.correlatedProcesses.size();
                start(processing, message);
                if (message.correlatedProcesses.size() != before) state.save(message);
                return;
            }
        }
    }
}
