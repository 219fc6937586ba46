package dev.vetted.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a deployed process, reduced to what execution needs. Expressions are kept as
 * written (a leading '=' marks FEEL, as in Zeebe).
 */
final class FlowNode {

    final String id;
    final ElementKind kind;
    final List<SequenceFlow> incoming = new ArrayList<>();
    final List<SequenceFlow> outgoing = new ArrayList<>();
    /** Boundary events attached to this activity. */
    final List<FlowNode> boundaries = new ArrayList<>();

    String jobType;
    String jobRetries = "3";
    Map<String, String> headers = Map.of();
    String messageName;
    String correlationKey;
    String timerDuration;
    /** For boundary events: the activity they sit on, and whether firing ends it. */
    String attachedTo;
    boolean interrupting = true;
    /** For error boundary events; null catches every error. */
    String errorCode;
    /** For exclusive gateways: the flow taken when no condition holds. */
    String defaultFlow;
    List<Mapping> inputs = List.of();
    List<Mapping> outputs = List.of();

    FlowNode(String id, ElementKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** A zeebe:ioMapping entry: the value of `source` (an expression) becomes variable `target`. */
    record Mapping(String source, String target) {
    }

    @Override
    public String toString() {
        return kind + " '" + id + "'";
    }
}
