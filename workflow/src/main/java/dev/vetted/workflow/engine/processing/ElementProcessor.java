package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.model.FlowNode;
import dev.vetted.workflow.engine.model.SequenceFlow;

import java.util.List;
import java.util.Map;

/**
 * What one element kind does with a token. {@link Tokens} calls these and handles everything
 * shared: input mappings before {@code activate}, output mappings and the flows after, incidents
 * when an expression fails, the work queue.
 */
public interface ElementProcessor {

    /**
     * A token arrived; the element's input mappings are applied. Either the element completes at
     * once ({@link Tokens#leave}), or it waits ({@link Tokens#enter}) for a job, a message, a timer
     * or the other tokens of a join, or it ends the token ({@link Tokens#endToken}). May throw
     * {@code Expressions.Failure} before it entered a wait: the step becomes an incident, retried
     * from the start when the incident is resolved.
     */
    void activate(Activation activation);

    /**
     * The element's wait is over (its job completed, its message correlated, its timer fell due)
     * with the variables that came with it; the default leaves the element with them.
     */
    default void complete(Activation activation, Map<String, Object> result) {
        activation.tokens().leave(activation.instance(), activation.node(), activation.element(), result);
    }

    /**
     * The flows a token takes when it leaves the element: every outgoing flow unless the element
     * chooses (gateways, over the variables the element sees). No flow ends the token. May throw
     * {@code Expressions.Failure}.
     */
    default List<SequenceFlow> flowsToTake(FlowNode node, Map<String, Object> variables) {
        return node.outgoing;
    }

    /** The incident type of an expression failing while the element is left. */
    default String leaveFailure() {
        return "EXTRACT_VALUE_ERROR";
    }
}
