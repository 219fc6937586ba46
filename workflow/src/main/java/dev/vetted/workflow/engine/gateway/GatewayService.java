package dev.vetted.workflow.engine.gateway;

import dev.vetted.workflow.engine.Engine;
import dev.vetted.workflow.engine.model.EngineException;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.state.ActivatedJob;
import dev.vetted.workflow.engine.state.Job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import java.util.LinkedHashMap;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * The Zeebe gateway protocol in front of the embedded engine: translates each RPC to an engine
 * command and its outcome back to protobuf or a gRPC status. RPCs not overridden here answer
 * UNIMPLEMENTED with the method's name (the generated base class does that).
 */
final class GatewayService extends GatewayGrpc.GatewayImplBase {

    static final String VERSION = "8.9.0";
    private static final String TENANT = "<default>";

    private final Engine engine;
    private final String host;
    private final IntSupplier port;
    private final ObjectMapper json = new ObjectMapper();

    GatewayService(Engine engine, String host, IntSupplier port) {
        this.engine = engine;
        this.host = host;
        this.port = port;
    }

    @Override
    public void topology(TopologyRequest request, StreamObserver<TopologyResponse> out) {
        Partition partition = Partition.newBuilder().setPartitionId(1)
                .setRole(Partition.PartitionBrokerRole.LEADER)
                .setHealth(engine.healthy() ? Partition.PartitionBrokerHealth.HEALTHY : Partition.PartitionBrokerHealth.UNHEALTHY)
                .build();
        BrokerInfo broker = BrokerInfo.newBuilder().setNodeId(0).setHost(host).setPort(port.getAsInt())
                .addPartitions(partition).setVersion(VERSION).build();
        Replies.reply(out, TopologyResponse.newBuilder().addBrokers(broker).setClusterSize(1).setPartitionsCount(1)
                .setReplicationFactor(1).setGatewayVersion(VERSION).build());
    }

    @Override
    public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> out) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (Resource r : request.getResourcesList()) resources.put(r.getName(), r.getContent().toByteArray());
        Replies.answer(out, engine.deploy(resources), deployed -> {
            DeployResourceResponse.Builder response = DeployResourceResponse.newBuilder().setKey(deployed.key()).setTenantId(TENANT);
            for (ProcessDefinition d : deployed.processes()) {
                response.addDeployments(Deployment.newBuilder().setProcess(ProcessMetadata.newBuilder()
                        .setBpmnProcessId(d.bpmnProcessId()).setVersion(d.version()).setProcessDefinitionKey(d.key())
                        .setResourceName(d.resourceName()).setTenantId(TENANT)));
            }
            return response.build();
        });
    }

    /**
     * The deprecated form of {@link #deployResource}, still in the 8.9 protocol and what
     * {@code zbctl deploy} and zeebe-node's {@code deployProcess()} send: BPMN only, same engine
     * deployment, answered in the older shape.
     */
    @Override
    @SuppressWarnings("deprecation")
    public void deployProcess(DeployProcessRequest request, StreamObserver<DeployProcessResponse> out) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (ProcessRequestObject p : request.getProcessesList()) resources.put(p.getName(), p.getDefinition().toByteArray());
        Replies.answer(out, engine.deploy(resources), deployed -> {
            DeployProcessResponse.Builder response = DeployProcessResponse.newBuilder().setKey(deployed.key());
            for (ProcessDefinition d : deployed.processes()) {
                response.addProcesses(ProcessMetadata.newBuilder().setBpmnProcessId(d.bpmnProcessId()).setVersion(d.version())
                        .setProcessDefinitionKey(d.key()).setResourceName(d.resourceName()).setTenantId(TENANT));
            }
            return response.build();
        });
    }

    @Override
    public void createProcessInstance(CreateProcessInstanceRequest request, StreamObserver<CreateProcessInstanceResponse> out) {
        Map<String, Object> variables;
        try {
            refuseStartInstructions(request);
            variables = variables(request.getVariables());
        } catch (EngineException e) {
            Replies.fail(out, e);
            return;
        }
        Replies.answer(out, engine.createInstance(request.getProcessDefinitionKey(), request.getBpmnProcessId(), request.getVersion(), variables),
                instance -> CreateProcessInstanceResponse.newBuilder().setProcessDefinitionKey(instance.definitionKey)
                        .setBpmnProcessId(instance.bpmnProcessId).setVersion(instance.version)
                        .setProcessInstanceKey(instance.key).setTenantId(TENANT).build());
    }

    @Override
    public void createProcessInstanceWithResult(CreateProcessInstanceWithResultRequest withResult,
                                                StreamObserver<CreateProcessInstanceWithResultResponse> out) {
        CreateProcessInstanceRequest request = withResult.getRequest();
        Map<String, Object> variables;
        try {
            refuseStartInstructions(request);
            variables = variables(request.getVariables());
        } catch (EngineException e) {
            Replies.fail(out, e);
            return;
        }
        Replies.answer(out, engine.createInstanceWithResult(request.getProcessDefinitionKey(), request.getBpmnProcessId(),
                        request.getVersion(), variables, withResult.getRequestTimeout(), withResult.getFetchVariablesList()),
                done -> CreateProcessInstanceWithResultResponse.newBuilder()
                        .setProcessDefinitionKey(done.getKey().definitionKey).setBpmnProcessId(done.getKey().bpmnProcessId)
                        .setVersion(done.getKey().version).setProcessInstanceKey(done.getKey().key)
                        .setVariables(write(done.getValue())).setTenantId(TENANT).build());
    }

    @Override
    public void cancelProcessInstance(CancelProcessInstanceRequest request, StreamObserver<CancelProcessInstanceResponse> out) {
        Replies.answer(out, engine.cancelInstance(request.getProcessInstanceKey()), v -> CancelProcessInstanceResponse.getDefaultInstance());
    }

    @Override
    public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> out) {
        withVariables(request.getVariables(), out, variables ->
                Replies.answer(out, engine.publishMessage(request.getName(), request.getCorrelationKey(), request.getTimeToLive(),
                            request.getMessageId(), variables),
                    key -> PublishMessageResponse.newBuilder().setKey(key).setTenantId(TENANT).build()));
    }

    @Override
    public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> out) {
        ServerCallStreamObserver<ActivateJobsResponse> call = (ServerCallStreamObserver<ActivateJobsResponse>) out;
        AtomicBoolean cancelled = new AtomicBoolean();
        call.setOnCancelHandler(() -> cancelled.set(true));
        engine.activateJobs(request.getType(), request.getWorker(), request.getTimeout(), request.getMaxJobsToActivate(),
                request.getFetchVariableList(), request.getRequestTimeout(), jobs -> {
                    // false tells the engine the worker is gone, so it puts the jobs back at once
                    if (cancelled.get() || call.isCancelled()) return false;
                    try {
                        if (!jobs.isEmpty()) {
                            ActivateJobsResponse.Builder response = ActivateJobsResponse.newBuilder();
                            for (ActivatedJob job : jobs) response.addJobs(toProto(job));
                            out.onNext(response.build());
                        }
                        out.onCompleted();
                        return true;
                    } catch (RuntimeException gone) {
                        return false;
                    }
                }, cancelled::get, error -> Replies.fail(out, error));
    }

    /**
     * Jobs pushed as they become activatable. A push happens only while the call is ready (gRPC
     * flow control); one that fails, or finds the client gone, puts the job back at once.
     */
    @Override
    public void streamActivatedJobs(StreamActivatedJobsRequest request,
                                    StreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob> out) {
        var call = (ServerCallStreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob>) out;
        AtomicBoolean closed = new AtomicBoolean();
        call.setOnCancelHandler(() -> closed.set(true));
        call.setOnReadyHandler(engine::wake);
        engine.openJobStream(request.getType(), request.getWorker(), request.getTimeout(), request.getFetchVariableList(),
                job -> {
                    if (closed.get() || call.isCancelled() || !call.isReady()) return false;
                    try {
                        out.onNext(toProto(job));
                        return true;
                    } catch (RuntimeException gone) {
                        closed.set(true);
                        return false;
                    }
                }, () -> closed.get() || call.isCancelled(), call::isReady, error -> {
                    closed.set(true);
                    Replies.fail(out, error);
                });
    }

    @Override
    public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> out) {
        withVariables(request.getVariables(), out, variables ->
                Replies.answer(out, engine.completeJob(request.getJobKey(), variables), v -> CompleteJobResponse.getDefaultInstance()));
    }

    @Override
    public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> out) {
        withVariables(request.getVariables(), out, variables ->
                Replies.answer(out, engine.failJob(request.getJobKey(), request.getRetries(), request.getErrorMessage(),
                    request.getRetryBackOff(), variables), v -> FailJobResponse.getDefaultInstance()));
    }

    @Override
    public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> out) {
        withVariables(request.getVariables(), out, variables ->
                Replies.answer(out, engine.throwError(request.getJobKey(), request.getErrorCode(), request.getErrorMessage(), variables),
                    v -> ThrowErrorResponse.getDefaultInstance()));
    }

    @Override
    public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> out) {
        Replies.answer(out, engine.updateJobRetries(request.getJobKey(), request.getRetries()),
                v -> UpdateJobRetriesResponse.getDefaultInstance());
    }

    @Override
    public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> out) {
        withVariables(request.getVariables(), out, variables ->
                Replies.answer(out, engine.setVariables(request.getElementInstanceKey(), variables, request.getLocal()),
                    key -> SetVariablesResponse.newBuilder().setKey(key).build()));
    }

    @Override
    public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> out) {
        Replies.answer(out, engine.resolveIncident(request.getIncidentKey()), v -> ResolveIncidentResponse.getDefaultInstance());
    }

    // --- translation --------------------------------------------------------------------------

    private io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob toProto(ActivatedJob activated) {
        Job job = activated.job();
        return io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.newBuilder()
                .setKey(job.key).setType(job.type).setProcessInstanceKey(job.processInstanceKey)
                .setBpmnProcessId(job.bpmnProcessId).setProcessDefinitionVersion(job.version)
                .setProcessDefinitionKey(job.definitionKey).setElementId(job.elementId)
                .setElementInstanceKey(job.elementInstanceKey).setCustomHeaders(write(job.headers))
                .setWorker(job.worker).setRetries(job.retries).setDeadline(job.deadline)
                .setVariables(write(activated.variables())).setTenantId(TENANT)
                .setKind(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.JobKind.BPMN_ELEMENT)
                .setListenerEventType(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.ListenerEventType.UNSPECIFIED)
                .build();
    }

    /** Reads the request's variables, or answers INVALID_ARGUMENT and does nothing else. */
    private void withVariables(String text, StreamObserver<?> out, java.util.function.Consumer<Map<String, Object>> action) {
        Map<String, Object> variables;
        try {
            variables = variables(text);
        } catch (EngineException e) {
            Replies.fail(out, e);
            return;
        }
        action.accept(variables);
    }

    private static void refuseStartInstructions(CreateProcessInstanceRequest request) {
        if (request.getStartInstructionsCount() > 0) {
            throw EngineException.invalid("start instructions are not supported by the embedded engine");
        }
    }

    private Map<String, Object> variables(String text) {
        if (text == null || text.isBlank()) return Map.of();
        try {
            Object value = json.readValue(text, Object.class);
            if (value instanceof Map<?, ?>) return json.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() { });
            throw EngineException.invalid("variables must be a JSON object, but were: " + abbreviate(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw EngineException.invalid("variables are not valid JSON (" + e.getOriginalMessage() + "): " + abbreviate(text));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
