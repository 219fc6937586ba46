package dev.vetted.workflow.engine.processing;

import dev.vetted.workflow.engine.state.ElementInstance;
import dev.vetted.workflow.engine.state.EngineState;
import dev.vetted.workflow.engine.state.Incident;
import dev.vetted.workflow.engine.state.Job;
import dev.vetted.workflow.engine.state.ProcessInstance;

import java.time.Clock;

/** Incidents: a step an instance cannot get past by itself, kept on its element until resolved. */
public final class Incidents {

    private final EngineState state;
    private final Clock clock;

    Incidents(EngineState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** An expression failed while the element was entered or left; the element holds the incident. */
    void raise(ProcessInstance instance, ElementInstance element, String type, String message) {
        Incident incident = incident(instance, element.key, element.elementId, type, message);
        element.incidentKey = incident.key;
        instance.elements.put(element.key, element);
        state.elementOwner.put(element.key, instance.key);
        state.save(instance);
        state.save(incident);
    }

    /** A job out of retries, or an error no boundary event caught. */
    public Incident raiseForJob(ProcessInstance instance, Job job, String type, String message) {
        Incident incident = incident(instance, job.elementInstanceKey, job.elementId, type, message);
        incident.jobKey = job.key;
        ElementInstance element = instance.elements.get(job.elementInstanceKey);
        if (element != null) element.incidentKey = incident.key;
        state.save(instance);
        state.save(incident);
        return incident;
    }

    /** The element ends: its incident, if any, goes with it. */
    void dropOf(ElementInstance element) {
        if (element.incidentKey == null) return;
        Incident incident = state.incidents.get(element.incidentKey);
        if (incident != null) state.remove(incident);
    }

    private Incident incident(ProcessInstance instance, long elementKey, String elementId, String type, String message) {
        Incident incident = new Incident();
        incident.key = state.newKey();
        incident.errorType = type;
        incident.message = message;
        incident.processInstanceKey = instance.key;
        incident.elementInstanceKey = elementKey;
        incident.elementId = elementId;
        incident.createdAt = clock.millis();
        return incident;
    }
}
