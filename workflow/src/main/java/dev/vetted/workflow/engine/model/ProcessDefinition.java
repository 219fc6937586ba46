package dev.vetted.workflow.engine.model;

/** One deployed version of a process. */
public record ProcessDefinition(long key, String bpmnProcessId, int version, String resourceName, String checksum,
                                byte[] resource, ProcessModel model) {
}
