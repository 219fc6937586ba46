package dev.vetted.workflow.engine.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element instance that waits: for a job, a message, a timer, or an incident to be resolved.
 * Stored inside its process instance's record; field names are part of the stored form.
 */
public final class ElementInstance {

    /** What to retry when an incident on the element is resolved. */
    public static final String ACTIVATE = "ACTIVATE";
    public static final String LEAVE = "LEAVE";

    public long key;
    public String elementId;
    /** The element instance of the sub-process this one runs in; 0 at the process level. */
    public long parentKey;
    public Long jobKey;
    /** For call activities: the instance they started. */
    public Long calledInstanceKey;
    /** The element's own subscription (receive task, message catch event). */
    public String messageName;
    public String correlationKey;
    /** Subscriptions of the message boundary events on this element. */
    public List<EventSubscription> eventSubscriptions = new ArrayList<>();
    public List<Timer> timers = new ArrayList<>();
    public Map<String, Object> locals = new LinkedHashMap<>();
    public Long incidentKey;
    /** {@link #ACTIVATE} (entering) or {@link #LEAVE} (taking flows). */
    public String failedStep;

    public boolean subscribed() {
        return messageName != null;
    }

    /** Forgets every wait the element had begun to set up (before an incident takes its place). */
    public void clearWaits() {
        timers.clear();
        eventSubscriptions.clear();
        messageName = null;
        correlationKey = null;
        jobKey = null;
    }

    /** A message boundary event's subscription, opened when the activity is entered. */
    public static final class EventSubscription {
        public String eventId;
        public String messageName;
        public String correlationKey;

        public EventSubscription() {
        }

        public EventSubscription(String eventId, String messageName, String correlationKey) {
            this.eventId = eventId;
            this.messageName = messageName;
            this.correlationKey = correlationKey;
        }
    }
}
