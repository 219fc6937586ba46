package dev.vetted.workflow.engine;

/** One deployed version of a process. */
record ProcessDefinition(long key, String bpmnProcessId, int version, String resourceName, String checksum,
                         byte[] resource, ProcessModel model) {
}
