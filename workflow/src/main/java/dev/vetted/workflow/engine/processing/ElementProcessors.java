package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.ElementKind;
import dev.vetted.workflow.engine.model.FlowNode;

import java.util.EnumMap;
import java.util.Map;

/** The processor of each element kind; a kind the engine reads must have one here. */
final class ElementProcessors {

    private final Map<ElementKind, ElementProcessor> byKind = new EnumMap<>(ElementKind.class);

    ElementProcessors(ProcessingContext context) {
        ElementProcessor start = new StartEventProcessor();
        byKind.put(ElementKind.START_EVENT, start);
        byKind.put(ElementKind.MESSAGE_START_EVENT, start);
        byKind.put(ElementKind.TIMER_START_EVENT, start);
        byKind.put(ElementKind.END_EVENT, new EndEventProcessor());
        byKind.put(ElementKind.SERVICE_TASK, new ServiceTaskProcessor(context));
        byKind.put(ElementKind.SUB_PROCESS, new SubProcessProcessor(context));
        byKind.put(ElementKind.CALL_ACTIVITY, new CallActivityProcessor(context));
        ElementProcessor awaitMessage = new MessageCatchProcessor(context);
        byKind.put(ElementKind.RECEIVE_TASK, awaitMessage);
        byKind.put(ElementKind.MESSAGE_CATCH_EVENT, awaitMessage);
        byKind.put(ElementKind.TIMER_CATCH_EVENT, new TimerCatchProcessor(context));
        ElementProcessor boundary = new BoundaryEventProcessor();
        byKind.put(ElementKind.TIMER_BOUNDARY_EVENT, boundary);
        byKind.put(ElementKind.ERROR_BOUNDARY_EVENT, boundary);
        byKind.put(ElementKind.MESSAGE_BOUNDARY_EVENT, boundary);
        byKind.put(ElementKind.PARALLEL_GATEWAY, new ParallelGatewayProcessor(context.state));
        byKind.put(ElementKind.EXCLUSIVE_GATEWAY, new ExclusiveGatewayProcessor(context.expressions));
        byKind.put(ElementKind.INCLUSIVE_GATEWAY, new InclusiveGatewayProcessor(context));
        byKind.put(ElementKind.EVENT_BASED_GATEWAY, new EventBasedGatewayProcessor(context));
        for (ElementKind kind : ElementKind.values()) {
            if (!byKind.containsKey(kind)) throw new IllegalStateException("no processor for " + kind);
        }
    }

    ElementProcessor of(FlowNode node) {
        return byKind.get(node.kind);
    }
}
