package dev.vetted.workflow.engine;

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
final class EngineState {

    /** Keys carry partition 1 in their upper bits, as Zeebe's do, so they look alike to tools. */
    static final long KEY_BASE = 1L << 51;

    record Subscription(String name, String correlationKey) {
    }

    record ElementRef(long instanceKey, long elementKey) {
    }

    record TimerRef(long dueAt, long timerKey, long instanceKey, long elementKey) {
    }

    record StartKey(String bpmnProcessId, String correlationKey) {
    }

    /** Something that falls due at a time: a job deadline or a message's end of life. */
    record Due(long at, long key) {
    }

    private static final Comparator<Due> BY_TIME = Comparator.comparingLong(Due::at).thenComparingLong(Due::key);

    /** What one batch changed: written together, or not at all. */
    static final class Changes {
        final Map<Long, Object> saved = new LinkedHashMap<>();
        final Set<Long> deleted = new HashSet<>();
        final List<ProcessDefinition> definitions = new ArrayList<>();

        boolean isEmpty() {
            return saved.isEmpty() && deleted.isEmpty() && definitions.isEmpty();
        }
    }

    long nextKey = KEY_BASE + 1;
    final Map<Long, ProcessDefinition> definitions = new HashMap<>();
    final Map<String, List<ProcessDefinition>> versions = new HashMap<>();
    final Map<Long, ProcessInstance> instances = new HashMap<>();
    final Map<Long, Job> jobs = new HashMap<>();
    final Map<Long, BufferedMessage> messages = new LinkedHashMap<>();
    final Map<Long, Incident> incidents = new HashMap<>();

    final Map<String, LinkedHashSet<Long>> activatable = new HashMap<>();
    /** Activated and backed-off jobs by the time they become activatable again. */
    final TreeSet<Due> jobDeadlines = new TreeSet<>(BY_TIME);
    private final Map<Long, Long> indexedDeadline = new HashMap<>();
    final TreeSet<Due> messageExpiry = new TreeSet<>(BY_TIME);
    final Map<Subscription, LinkedHashSet<ElementRef>> subscriptions = new HashMap<>();
    final TreeSet<TimerRef> timers = new TreeSet<>(Comparator.comparingLong(TimerRef::dueAt).thenComparingLong(TimerRef::timerKey));
    final Map<Subscription, LinkedHashSet<Long>> buffered = new HashMap<>();
    final Map<String, Long> messageIds = new HashMap<>();
    final Map<StartKey, Long> messageStarted = new HashMap<>();
    final Map<Long, Long> elementOwner = new HashMap<>();

    Changes changes = new Changes();

    long newKey() {
        return nextKey++;
    }

    Changes takeChanges() {
        Changes taken = changes;
        changes = new Changes();
        return taken;
    }

    // --- definitions ------------------------------------------------------------------------

    void addDefinition(ProcessDefinition definition, boolean isNew) {
        definitions.put(definition.key(), definition);
        List<ProcessDefinition> list = versions.computeIfAbsent(definition.bpmnProcessId(), k -> new ArrayList<>());
        list.add(definition);
        list.sort(Comparator.comparingInt(ProcessDefinition::version));
        if (isNew) changes.definitions.add(definition);
    }

    ProcessDefinition latest(String bpmnProcessId) {
        List<ProcessDefinition> list = versions.get(bpmnProcessId);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    // --- instances ----------------------------------------------------------------------------

    void save(ProcessInstance instance) {
        instances.put(instance.key, instance);
        changes.saved.put(instance.key, instance);
        changes.deleted.remove(instance.key);
    }

    void remove(ProcessInstance instance) {
        instances.remove(instance.key);
        if (instance.startCorrelationKey != null) {
            messageStarted.remove(new StartKey(instance.bpmnProcessId, instance.startCorrelationKey), instance.key);
        }
        delete(instance.key);
    }

    void indexElement(ProcessInstance instance, ProcessInstance.ElementInstance element) {
        elementOwner.put(element.key, instance.key);
        if (element.subscribed()) {
            subscriptions.computeIfAbsent(new Subscription(element.messageName, element.correlationKey), k -> new LinkedHashSet<>())
                    .add(new ElementRef(instance.key, element.key));
        }
        for (ProcessInstance.Timer timer : element.timers) {
            timers.add(new TimerRef(timer.dueAt, timer.key, instance.key, element.key));
        }
    }

    void unindexElement(ProcessInstance instance, ProcessInstance.ElementInstance element) {
        elementOwner.remove(element.key);
        if (element.subscribed()) {
            Subscription s = new Subscription(element.messageName, element.correlationKey);
            LinkedHashSet<ElementRef> refs = subscriptions.get(s);
            if (refs != null) {
                refs.remove(new ElementRef(instance.key, element.key));
                if (refs.isEmpty()) subscriptions.remove(s);
            }
        }
        for (ProcessInstance.Timer timer : element.timers) {
            timers.remove(new TimerRef(timer.dueAt, timer.key, instance.key, element.key));
        }
    }

    // --- jobs ---------------------------------------------------------------------------------

    void save(Job job) {
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

    void remove(Job job) {
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

    void save(BufferedMessage message) {
        messages.put(message.key, message);
        buffered.computeIfAbsent(new Subscription(message.name, message.correlationKey), k -> new LinkedHashSet<>()).add(message.key);
        messageExpiry.add(new Due(message.expiresAt, message.key));
        if (message.messageId != null && !message.messageId.isEmpty()) {
            messageIds.put(messageIdKey(message.name, message.correlationKey, message.messageId), message.key);
        }
        changes.saved.put(message.key, message);
        changes.deleted.remove(message.key);
    }

    void remove(BufferedMessage message) {
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

    static String messageIdKey(String name, String correlationKey, String messageId) {
        return name + '\u0000' + correlationKey + '\u0000' + messageId;
    }

    // --- incidents ----------------------------------------------------------------------------

    void save(Incident incident) {
        incidents.put(incident.key, incident);
        changes.saved.put(incident.key, incident);
        changes.deleted.remove(incident.key);
    }

    void remove(Incident incident) {
        incidents.remove(incident.key);
        delete(incident.key);
    }

    private void delete(long key) {
        changes.saved.remove(key);
        changes.deleted.add(key);
    }
}
