package dev.vetted.workflow.engine.command;

import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.processing.ProcessingContext;
import dev.vetted.workflow.engine.state.BufferedMessage;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.util.ArrayList;
import java.util.Map;

/**
 * Publishes a message: it correlates to every waiting subscription with its name and key (at
 * most once per process), starts instances at matching message start events, and with a time to
 * live is buffered for subscriptions opened later. A message id still buffered is refused.
 */
public record PublishMessage(String name, String correlationKey, long ttlMillis, String messageId,
                             Map<String, Object> variables) implements EngineCommand<Long> {

    public PublishMessage {
        if (name == null || name.isBlank()) throw EngineException.invalid("a message needs a name");
        correlationKey = correlationKey == null ? "" : correlationKey;
        messageId = messageId == null ? "" : messageId;
        ttlMillis = Math.max(0, ttlMillis);
        variables = variables == null ? Map.of() : variables;
    }

    @Override
    public Long apply(CommandContext context) {
        EngineState state = context.state;
        if (!messageId.isEmpty()) {
            Long existing = state.messageIds.get(EngineState.messageIdKey(name, correlationKey, messageId));
            if (existing != null) {
                throw new EngineException(EngineException.Reason.ALREADY_EXISTS, "a message with name '" + name
                        + "', correlation key '" + correlationKey + "' and id '" + messageId
                        + "' was already published and is still buffered");
            }
        }
        BufferedMessage message = new BufferedMessage();
        message.key = state.newKey();
        message.name = name;
        message.correlationKey = correlationKey;
        message.messageId = messageId;
        message.variables.putAll(variables);
        message.expiresAt = context.processing.clock.millis() + ttlMillis;
        correlateToWaiting(context.processing, message);
        MessageStarts.start(context.processing, message);
        if (ttlMillis > 0) state.save(message);
        return message.key;
    }

    private static void correlateToWaiting(ProcessingContext processing, BufferedMessage message) {
        EngineState state = processing.state;
        var refs = state.subscriptions.get(new EngineState.Subscription(message.name, message.correlationKey));
        if (refs == null) return;
        for (EngineState.ElementRef ref : new ArrayList<>(refs)) {
            ProcessInstance instance = state.instances.get(ref.instanceKey());
            if (instance == null || message.correlatedProcesses.contains(instance.bpmnProcessId)) continue;
            if (!instance.elements.containsKey(ref.elementKey())) continue;
            message.correlatedProcesses.add(instance.bpmnProcessId);
            processing.messages.correlateLater(instance, ref, message.variables);
        }
        processing.tokens.run();
    }
}
