package dev.vetted.core.outbox;

import java.util.Map;

/**
 * Something that happened on the desk that the routing process must hear of, in the desk's own
 * words. Core does not know the process: the workflow module's relay turns each event into the
 * engine's message (its name, correlation key and variables are the process contract's).
 */
public interface DomainEvent {

    /** The event's name, as {@code claim.accepted}. */
    String name();

    /** What the event is about (a claim's or a task's id); one event of a name per key. */
    String key();

    /** The facts of the event, as JSON-ready values. */
    Map<String, Object> data();
}
