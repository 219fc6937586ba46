package dev.vetted.workflow.engine;

/** The BPMN element kinds the embedded engine runs; anything else is refused at deployment. */
enum ElementKind {
    START_EVENT,
    MESSAGE_START_EVENT,
    END_EVENT,
    SERVICE_TASK,
    RECEIVE_TASK,
    MESSAGE_CATCH_EVENT,
    TIMER_CATCH_EVENT,
    TIMER_BOUNDARY_EVENT,
    ERROR_BOUNDARY_EVENT,
    PARALLEL_GATEWAY,
    EXCLUSIVE_GATEWAY;

    boolean waitsForMessage() {
        return this == RECEIVE_TASK || this == MESSAGE_CATCH_EVENT;
    }
}
