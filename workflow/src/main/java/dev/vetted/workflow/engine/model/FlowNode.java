package dev.vetted.workflow.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a deployed process, reduced to what execution needs. Expressions are kept as
 * written (a leading '=' marks FEEL, as in Zeebe). A reader fills the fields its kind uses while
 * the model is read; after deployment nothing changes them.
 */
public final class FlowNode {

    public final String id;
    public final ElementKind kind;
    public final List<SequenceFlow> incoming = new ArrayList<>();
    public final List<SequenceFlow> outgoing = new ArrayList<>();
    /** Boundary events attached to this activity. */
    public final List<FlowNode> boundaries = new ArrayList<>();

    /** The embedded sub-process the element is in; null at the process level. */
    public String parent;
    /** For sub-processes: the none start event inside, where their token begins. */
    public FlowNode start;

    /** For call activities: the BPMN process id they start (may be FEEL), and which variables cross over. */
    public String calledProcessId;
    public boolean propagateAllParentVariables = true;
    public boolean propagateAllChildVariables = true;

    public String jobType;
    public String jobRetries = "3";
    public Map<String, String> headers = Map.of();
    public String messageName;
    public String correlationKey;
    public TimerDefinition timer;
    /** For boundary events: the activity they sit on, and whether firing ends it. */
    public String attachedTo;
    public boolean interrupting = true;
    /** For error boundary events; null catches every error. */
    public String errorCode;
    /** For exclusive gateways: the flow taken when no condition holds. */
    public String defaultFlow;
    public List<Mapping> inputs = List.of();
    public List<Mapping> outputs = List.of();

    public FlowNode(String id, ElementKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** A zeebe:ioMapping entry: the value of `source` (an expression) becomes variable `target`. */
    public record Mapping(String source, String target) {
    }

    @Override
    public String toString() {
        return kind + " '" + id + "'";
    }
}
