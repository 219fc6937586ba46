package dev.vetted.workflow.engine.state;

import dev.vetted.workflow.engine.model.ProcessDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the engine knows, in memory, with the indexes commands need. Every change goes
 * through the methods here so that it is also recorded in the current change set, which the
 * engine writes to PostgreSQL in one transaction per batch of commands.
 */
public final class EngineState {

    /** Keys carry partition 1 in their upper bits, as Zeebe's do, so they look alike to tools. */
    public static final long KEY_BASE = 1L << 51;

    public record Subscription(String name, String correlationKey) {
    }

    /** A waiting element instance; eventId names the boundary event when the subscription is one's. */
    public record ElementRef(long instanceKey, long elementKey, String eventId) {
    }

    public record TimerRef(long dueAt, long timerKey, long instanceKey, long elementKey) {
    }

    public record StartKey(String bpmnProcessId, String correlationKey) {
    }

    /** Something that falls due at a time: a job deadline or a message's end of life. */
    public record Due(long at, long key) {
    }

    private static final Comparator<Due> BY_TIME = Comparator.comparingLong(Due::at).thenComparingLong(Due::key);

    /** What one batch changed: written together, or not at all. */
    public static final class Changes {
        public final Map<Long, Object> saved = new LinkedHashMap<>();
        public final Set<Long> deleted = new HashSet<>();
        public final List<ProcessDefinition> definitions = new ArrayList<>();

        public boolean isEmpty() {
            return saved.isEmpty() && deleted.isEmpty() && definitions.isEmpty();
        }
    }

    public long nextKey = KEY_BASE + 1;
    public final Map<Long, ProcessDefinition> definitions = new HashMap<>();
    public final Map<String, List<ProcessDefinition>> versions = new HashMap<>();
    public final Map<Long, ProcessInstance> instances = new HashMap<>();
    public final Map<Long, Job> jobs = new HashMap<>();
    public final Map<Long, BufferedMessage> messages = new LinkedHashMap<>();
    public final Map<Long, Incident> incidents = new HashMap<>();
    public final Map<Long, StartTimer> startTimers = new HashMap<>();

    public final Map<String, LinkedHashSet<Long>> activatable = new HashMap<>();
    /** Activated and backed-off jobs by the time they become activatable again. */
    public final TreeSet<Due> jobDeadlines = new TreeSet<>(BY_TIME);
    private final Map<Long, Long> indexedDeadline = new HashMap<>();
    public final TreeSet<Due> messageExpiry = new TreeSet<>(BY_TIME);
    public final Map<Subscription, LinkedHashSet<ElementRef>> subscriptions = new HashMap<>();
    public final TreeSet<TimerRef> timers = new TreeSet<>(Comparator.comparingLong(TimerRef::dueAt).thenComparingLong(TimerRef::timerKey));
    public final Map<Subscription, LinkedHashSet<Long>> buffered = new HashMap<>();
    public final Map<String, Long> messageIds = new HashMap<>();
    public final Map<StartKey, Long> messageStarted = new HashMap<>();
    public final Map<Long, Long> elementOwner = new HashMap<>();

    public Changes changes = new Changes();

    public long newKey() {
        return nextKey++;
    }

    public Changes takeChanges() {
        Changes taken = changes;
        changes = new Changes();
        return taken;
    }

    // --- definitions ------------------------------------------------------------------------

    public void addDefinition(ProcessDefinition definition, boolean isNew) {
        definitions.put(definition.key(), definition);
        List<ProcessDefinition> list = versions.computeIfAbsent(definition.bpmnProcessId(), k -> new ArrayList<>());
        list.add(definition);
        list.sort(Comparator.comparingInt(ProcessDefinition::version));
        if (isNew) changes.definitions.add(definition);
    }

    public ProcessDefinition latest(String bpmnProcessId) {
        List<ProcessDefinition> list = versions.get(bpmnProcessId);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    // --- instances ----------------------------------------------------------------------------

    public void save(ProcessInstance instance) {
        instances.put(instance.key, instance);
        changes.saved.put(instance.key, instance);
        changes.deleted.remove(instance.key);
    }

    public void remove(ProcessInstance instance) {
        instances.remove(instance.key);
        if (instance.startCorrelationKey != null) {
            messageStarted.remove(new StartKey(instance.bpmnProcessId, instance.startCorrelationKey), instance.key);
        }
        delete(instance.key);
    }

    /** Rebuilds the indexes of instances just loaded from the store, and forgets the load as a change. */
    public void indexLoaded() {
        for (ProcessInstance instance : instances.values()) {
            if (instance.startCorrelationKey != null) {
                messageStarted.put(new StartKey(instance.bpmnProcessId, instance.startCorrelationKey), instance.key);
            }
            for (ElementInstance element : instance.elements.values()) indexElement(instance, element);
        }
        takeChanges();
    }

    public void indexElement(ProcessInstance instance, ElementInstance element) {
        elementOwner.put(element.key, instance.key);
        if (element.subscribed()) {
            subscriptions.computeIfAbsent(new Subscription(element.messageName, element.correlationKey), k -> new LinkedHashSet<>())
                    .add(new ElementRef(instance.key, element.key, null));
        }
        for (ElementInstance.EventSubscription b : element.eventSubscriptions) {
            subscriptions.computeIfAbsent(new Subscription(b.messageName, b.correlationKey), k -> new LinkedHashSet<>())
                    .add(new ElementRef(instance.key, element.key, b.eventId));
        }
        for (Timer timer : element.timers) {
            timers.add(new TimerRef(timer.dueAt, timer.key, instance.key, element.key));
        }
    }

    public void unindexElement(ProcessInstance instance, ElementInstance element) {
        elementOwner.remove(element.key);
        if (element.subscribed()) {
            unsubscribe(new Subscription(element.messageName, element.correlationKey), new ElementRef(instance.key, element.key, null));
        }
        for (ElementInstance.EventSubscription b : element.eventSubscriptions) {
            unsubscribe(new Subscription(b.messageName, b.correlationKey), new ElementRef(instance.key, element.key, b.eventId));
        }
        for (Timer timer : element.timers) {
            timers.remove(new TimerRef(timer.dueAt, timer.key, instance.key, element.key));
        }
    }

    private void unsubscribe(Subscription subscription, ElementRef ref) {
        LinkedHashSet<ElementRef> refs = subscriptions.get(subscription);
        if (refs == null) return;
        refs.remove(ref);
        if (refs.isEmpty()) subscriptions.remove(subscription);
    }

    // --- jobs ---------------------------------------------------------------------------------

    public void save(Job job) {
        Job previous = jobs.put(job.key, job);
        if (previous != null && previous != job) unindex(previous);
        unindex(job);
        switch (job.state) {
            case ACTIVATABLE -> activatable.computeIfAbsent(job.type, k -> new LinkedHashSet<>()).add(job.key);
            case ACTIVATED, BACKOFF -> {
                jobDeadlines.add(new Due(job.deadline, job.key));
                indexedDeadline.put(job.key, job.deadline);
            }
            case INCIDENT -> { }
        }
        changes.saved.put(job.key, job);
        changes.deleted.remove(job.key);
    }

    public void remove(Job job) {
        jobs.remove(job.key);
        unindex(job);
        delete(job.key);
    }

    private void unindex(Job job) {
        LinkedHashSet<Long> queue = activatable.get(job.type);
        if (queue != null) {
            queue.remove(job.key);
            if (queue.isEmpty()) activatable.remove(job.type);
        }
        Long deadline = indexedDeadline.remove(job.key);
        if (deadline != null) jobDeadlines.remove(new Due(deadline, job.key));
    }

    // --- messages -----------------------------------------------------------------------------

    public void save(BufferedMessage message) {
        messages.put(message.key, message);
        buffered.computeIfAbsent(new Subscription(message.name, message.correlationKey), k -> new LinkedHashSet<>()).add(message.key);
        messageExpiry.add(new Due(message.expiresAt, message.key));
        if (message.messageId != null && !message.messageId.isEmpty()) {
            messageIds.put(messageIdKey(message.name, message.correlationKey, message.messageId), message.key);
        }
        changes.saved.put(message.key, message);
        changes.deleted.remove(message.key);
    }

    public void remove(BufferedMessage message) {
        messages.remove(message.key);
        messageExpiry.remove(new Due(message.expiresAt, message.key));
        Subscription s = new Subscription(message.name, message.correlationKey);
        LinkedHashSet<Long> keys = buffered.get(s);
        if (keys != null) {
            keys.remove(message.key);
            if (keys.isEmpty()) buffered.remove(s);
        }
        if (message.messageId != null && !message.messageId.isEmpty()) {
            messageIds.remove(messageIdKey(message.name, message.correlationKey, message.messageId), message.key);
        }
        delete(message.key);
    }

    public static String messageIdKey(String name, String correlationKey, String messageId) {
        return name + '\u0000' + correlationKey + '\u0000' + messageId;
    }

    // --- timer start events -------------------------------------------------------------------

    /** Start timers are on the timer index with instance key 0 and the definition's key as element key. */
    public void save(StartTimer timer) {
        StartTimer previous = startTimers.put(timer.key, timer);
        if (previous != null) timers.remove(new TimerRef(previous.dueAt, previous.key, 0, previous.definitionKey));
        timers.add(new TimerRef(timer.dueAt, timer.key, 0, timer.definitionKey));
        changes.saved.put(timer.key, timer);
        changes.deleted.remove(timer.key);
    }

    public void remove(StartTimer timer) {
        startTimers.remove(timer.key);
        timers.remove(new TimerRef(timer.dueAt, timer.key, 0, timer.definitionKey));
        delete(timer.key);
    }

    // --- incidents ----------------------------------------------------------------------------

    public void save(Incident incident) {
        incidents.put(incident.key, incident);
        changes.saved.put(incident.key, incident);
        changes.deleted.remove(incident.key);
    }

    public void remove(Incident incident) {
        incidents.remove(incident.key);
        delete(incident.key);
    }

    private void delete(long key) {
        changes.saved.remove(key);
        changes.deleted.add(key);
    }
}
