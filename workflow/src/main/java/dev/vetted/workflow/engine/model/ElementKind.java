package dev.vetted.workflow.engine.model;

/**
 * The BPMN element kinds the embedded engine runs; anything else is refused at deployment. Each
 * kind has one reader (package {@code reading}) and one processor (package {@code processing}).
 */
public enum ElementKind {
    START_EVENT,
    MESSAGE_START_EVENT,
    TIMER_START_EVENT,
    END_EVENT,
    SERVICE_TASK,
    RECEIVE_TASK,
    SUB_PROCESS,
    CALL_ACTIVITY,
    MESSAGE_CATCH_EVENT,
    TIMER_CATCH_EVENT,
    TIMER_BOUNDARY_EVENT,
    ERROR_BOUNDARY_EVENT,
    MESSAGE_BOUNDARY_EVENT,
    PARALLEL_GATEWAY,
    EXCLUSIVE_GATEWAY,
    EVENT_BASED_GATEWAY,
    INCLUSIVE_GATEWAY;

    /** Boundary events are not entered by sequence flows: they fire on the activity they sit on. */
    public boolean isBoundary() {
        return this == TIMER_BOUNDARY_EVENT || this == ERROR_BOUNDARY_EVENT || this == MESSAGE_BOUNDARY_EVENT;
    }
}
