package dev.vetted.workflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.response.Topology;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The engine driven by the real Camunda client over gRPC, element kind by element kind. */
class EngineTest extends EngineTestSupport {


    // --- topology and deployment ------------------------------------------------------------

    @Test
    void topologyShowsOneHealthyLeader() {
        Topology topology = client().newTopologyRequest().send().join();
        assertThat(topology.getClusterSize()).isEqualTo(1);
        assertThat(topology.getPartitionsCount()).isEqualTo(1);
        assertThat(topology.getBrokers()).hasSize(1);
        assertThat(topology.getBrokers().get(0).getPartitions().get(0).isLeader()).isTrue();
        assertThat(topology.getGatewayVersion()).isEqualTo("8.9.0");
    }

    @Test
    void everyStoredBatchIsReportedAndWaitingJobsCountAsActivatable() {
        ConcurrentLinkedQueue<BatchObserver.Batch> batches = new ConcurrentLinkedQueue<>();
        fixture.engine().observeBatches(batches::add);
        try {
            String pid = unique("observed");
            String type = unique("observed-work");
            deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("work", t -> t.zeebeJobType(type)).endEvent().done(), pid);
            client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();

            await().atMost(Duration.ofSeconds(10)).until(() -> batches.stream().mapToInt(BatchObserver.Batch::commands).sum() >= 2);
            assertThat(batches).allSatisfy(b -> assertThat(b.stored()).isTrue());
            assertThat(batches).anySatisfy(b -> assertThat(b.commitNanos()).isPositive());
            assertThat(fixture.engine().stats().join().get("activatable")).isGreaterThanOrEqualTo(1);

            activateOne(type);
            // the activated job no longer waits to be taken, though it is still a job of the engine
            assertThat(fixture.engine().stats().join().get("jobs")).isGreaterThan(fixture.engine().stats().join().get("activatable"));
        } finally {
            fixture.engine().observeBatches(null);
        }
    }

    @Test
    void identicalDeploymentKeepsItsVersionAndAChangeGetsTheNext() {
        String pid = unique("versioned");
        BpmnModelInstance v1 = Bpmn.createExecutableProcess(pid).startEvent().endEvent().done();
        DeploymentEvent first = deploy(v1, pid);
        DeploymentEvent again = deploy(v1, pid);
        assertThat(again.getProcesses().get(0).getVersion()).isEqualTo(1);
        assertThat(again.getProcesses().get(0).getProcessDefinitionKey())
                .isEqualTo(first.getProcesses().get(0).getProcessDefinitionKey());

        BpmnModelInstance v2 = Bpmn.createExecutableProcess(pid).startEvent().endEvent("done").done();
        DeploymentEvent changed = deploy(v2, pid);
        assertThat(changed.getProcesses().get(0).getVersion()).isEqualTo(2);
        assertThat(changed.getProcesses().get(0).getBpmnProcessId()).isEqualTo(pid);
    }

    @Test
    void unsupportedElementIsRefusedNamingItsKindAndId() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(unique("manual")).startEvent()
                .manualTask("review-by-hand").endEvent().done();
        assertThatThrownBy(() -> deploy(model, "manual"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("review-by-hand")
                .hasMessageContaining("manualTask");
    }

    @Test
    void malformedModelIsRefusedWithTheParsersReason() {
        assertThatThrownBy(() -> client().newDeployResourceCommand()
                .addResourceStringUtf8("<definitions><process id='x'", "broken.bpmn").send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("broken.bpmn")
                .hasMessageContaining("not a valid BPMN model");
    }

    // --- service tasks and jobs -------------------------------------------------------------

    @Test
    void serviceTaskJobCarriesTypeHeadersAndVariablesAndItsResultReachesTheInstance() {
        String pid = unique("simple");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("work", t -> t.zeebeJobTypeExpression("\"work-\" + kind").zeebeTaskHeader("step", "ATTRIBUTION"))
                .endEvent().done(), pid);
        CompletableFuture<ProcessInstanceResult> result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("kind", pid, "claimId", "c-1")).withResult().requestTimeout(Duration.ofSeconds(20))
                .send().toCompletableFuture();

        ActivatedJob job = activateOne("work-" + pid);
        assertThat(job.getCustomHeaders()).containsEntry("step", "ATTRIBUTION");
        assertThat(job.getVariablesAsMap()).containsEntry("claimId", "c-1");
        assertThat(job.getBpmnProcessId()).isEqualTo(pid);
        assertThat(job.getElementId()).isEqualTo("work");
        assertThat(job.getRetries()).isEqualTo(3);
        client().newCompleteCommand(job.getKey()).variables(Map.of("found", true)).send().join();

        ProcessInstanceResult done = result.join();
        assertThat(done.getVariablesAsMap()).containsEntry("found", true).containsEntry("claimId", "c-1");
    }

    @Test
    void longPollingHandsAJobCreatedDuringThePollAtOnce() {
        String pid = unique("poll");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        var poll = client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1).timeout(Duration.ofMinutes(1))
                .requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        assertThat(poll).isNotDone();
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        assertThat(poll.join().getJobs()).hasSize(1);
    }

    @Test
    void aJobWorkerCompletesJobsAsTheyCome() {
        String pid = unique("worker");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        ConcurrentLinkedQueue<Long> handled = new ConcurrentLinkedQueue<>();
        try (JobWorker worker = client().newWorker().jobType(pid).handler((jobClient, job) -> {
            handled.add(job.getKey());
            jobClient.newCompleteCommand(job.getKey()).variables(Map.of("handledBy", "worker")).send().join();
        }).open()) {
            for (int i = 0; i < 5; i++) {
                ProcessInstanceResult r = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                        .withResult().requestTimeout(Duration.ofSeconds(20)).send().join();
                assertThat(r.getVariablesAsMap()).containsEntry("handledBy", "worker");
            }
        }
        assertThat(handled).hasSize(5);
    }

    @Test
    void anActivatedJobWhoseTimeoutPassesCanBeActivatedAgain() {
        String pid = unique("timeout");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        ActivatedJob first = client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1).timeout(Duration.ofMillis(300))
                .send().join().getJobs().get(0);
        assertThat(client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1).timeout(Duration.ofMinutes(1))
                .requestTimeout(Duration.ofMillis(-1)).send().join().getJobs()).isEmpty();
        ActivatedJob again = activateOne(pid);
        assertThat(again.getKey()).isEqualTo(first.getKey());
    }

    @Test
    void completingAJobTwiceIsNotFound() {
        String pid = unique("twice");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        ActivatedJob job = activateOne(pid);
        client().newCompleteCommand(job.getKey()).send().join();
        assertThatThrownBy(() -> client().newCompleteCommand(job.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void failedJobIsRetriedAfterItsBackoffAndBecomesAnIncidentAtZeroRetries() {
        String pid = unique("fail");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid).zeebeJobRetries("2"))
                .endEvent().done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join().getProcessInstanceKey();
        ActivatedJob job = activateOne(pid);
        client().newFailCommand(job.getKey()).retries(1).errorMessage("source site down").retryBackoff(Duration.ofMillis(300)).send().join();
        ActivatedJob retried = activateOne(pid);
        assertThat(retried.getRetries()).isEqualTo(1);

        client().newFailCommand(retried.getKey()).retries(0).errorMessage("still down").send().join();
        assertThat(incidents(instance)).singleElement().asString().contains("JOB_NO_RETRIES", "still down");
        assertThat(client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1).requestTimeout(Duration.ofMillis(-1))
                .send().join().getJobs()).isEmpty();

        long incident = fixture.engine().incidentsOf(instance).join().get(0);
        assertThatThrownBy(() -> client().newResolveIncidentCommand(incident).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.FAILED_PRECONDITION));
        client().newUpdateRetriesCommand(retried.getKey()).retries(1).send().join();
        client().newResolveIncidentCommand(incident).send().join();
        ActivatedJob resolved = activateOne(pid);
        client().newCompleteCommand(resolved.getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    @Test
    void thrownErrorIsCaughtByTheMatchingBoundaryEvent() {
        String pid = unique("error");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("locate", t -> t.zeebeJobType(pid))
                .boundaryEvent("not-found").error("SOURCE_GONE").serviceTask("flag", t -> t.zeebeJobType(pid + "-flag")).endEvent()
                .moveToActivity("locate").endEvent().done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        ActivatedJob job = activateOne(pid);
        client().newThrowErrorCommand(job.getKey()).errorCode("SOURCE_GONE").errorMessage("404").variables(Map.of("why", "404")).send().join();
        ActivatedJob flag = activateOne(pid + "-flag");
        assertThat(flag.getVariablesAsMap()).containsEntry("why", "404");
        assertThatThrownBy(() -> client().newCompleteCommand(job.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void uncaughtErrorRaisesAnIncident() {
        String pid = unique("uncaught");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join().getProcessInstanceKey();
        client().newThrowErrorCommand(activateOne(pid).getKey()).errorCode("NOBODY_CATCHES").send().join();
        assertThat(incidents(instance))
                .singleElement().asString().contains("UNHANDLED_ERROR_EVENT", "NOBODY_CATCHES");
    }

    // --- messages ----------------------------------------------------------------------------

    @Test
    void receiveTaskCorrelatesByKeyAndTakesTheMessageVariables() {
        String pid = unique("receive");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .receiveTask("wait").message(m -> m.name("decided").zeebeCorrelationKeyExpression("taskId"))
                .endEvent().done(), pid);
        var result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(Map.of("taskId", pid))
                .withResult().requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        await().atMost(Duration.ofSeconds(5)).until(() -> !fixture.engine().subscriptionsFor("decided", pid).join().isEmpty());
        client().newPublishMessageCommand().messageName("decided").correlationKey("someone-else").send().join();
        assertThat(result).isNotDone();
        client().newPublishMessageCommand().messageName("decided").correlationKey(pid).variables(Map.of("decision", "CORRECT")).send().join();
        assertThat(result.join().getVariablesAsMap()).containsEntry("decision", "CORRECT");
    }

    @Test
    void aBufferedMessageCorrelatesWhenTheSubscriptionOpensLaterButOneWithoutTtlDoesNot() {
        String pid = unique("buffered");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .intermediateCatchEvent("wait").message(m -> m.name("late").zeebeCorrelationKeyExpression("key"))
                .endEvent().done(), pid);
        client().newPublishMessageCommand().messageName("late").correlationKey(pid + "-a").timeToLive(Duration.ofMinutes(1)).send().join();
        client().newPublishMessageCommand().messageName("late").correlationKey(pid + "-b").timeToLive(Duration.ZERO).send().join();

        ProcessInstanceResult a = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("key", pid + "-a")).withResult().send().join();
        assertThat(a.getProcessInstanceKey()).isPositive();
        long b = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("key", pid + "-b")).send().join().getProcessInstanceKey();
        assertThat(waitingAt(b)).containsExactly("wait");
    }

    @Test
    void messageStartEventStartsOneInstancePerMessageIdAndCorrelationKey() {
        String pid = unique("msgstart");
        String name = pid + "-submitted";
        deploy(Bpmn.createExecutableProcess(pid).startEvent("submitted").message(name)
                .serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        client().newPublishMessageCommand().messageName(name).correlationKey("claim-1").messageId("claim-1")
                .timeToLive(Duration.ofMinutes(5)).variables(Map.of("claimId", "claim-1")).send().join();
        assertThatThrownBy(() -> client().newPublishMessageCommand().messageName(name).correlationKey("claim-1")
                .messageId("claim-1").timeToLive(Duration.ofMinutes(5)).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.ALREADY_EXISTS));
        // a different message id with the same key does not start a second live instance
        client().newPublishMessageCommand().messageName(name).correlationKey("claim-1").messageId("claim-1-again")
                .timeToLive(Duration.ZERO).send().join();

        List<ActivatedJob> jobs = client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(10)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("claimId", "claim-1");
    }

    // --- timers ------------------------------------------------------------------------------

    @Test
    void nonInterruptingBoundaryTimerEscalatesWhileTheTaskKeepsWaiting() {
        String pid = unique("sla");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .receiveTask("review").message(m -> m.name(pid + "-decided").zeebeCorrelationKeyExpression("taskId"))
                .boundaryEvent("sla", b -> b.cancelActivity(false)).timerWithDurationExpression("slaDuration")
                .serviceTask("escalate", t -> t.zeebeJobType(pid + "-escalate")).endEvent()
                .moveToActivity("review").endEvent("decided").done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("taskId", "t-1", "slaDuration", "PT0.3S")).send().join().getProcessInstanceKey();
        ActivatedJob escalate = activateOne(pid + "-escalate");
        assertThat(escalate.getElementId()).isEqualTo("escalate");
        assertThat(waitingAt(instance)).contains("review", "escalate");
        client().newCompleteCommand(escalate.getKey()).send().join();
        client().newPublishMessageCommand().messageName(pid + "-decided").correlationKey("t-1").send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    @Test
    void interruptingBoundaryTimerEndsTheTask() {
        String pid = unique("interrupt");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("slow", t -> t.zeebeJobType(pid))
                .boundaryEvent("too-slow").timerWithDuration("PT0.3S").endEvent("timed-out")
                .moveToActivity("slow").endEvent().done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join().getProcessInstanceKey();
        ActivatedJob job = activateOne(pid);
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
        assertThatThrownBy(() -> client().newCompleteCommand(job.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void timerCatchEventWaitsItsDuration() {
        String pid = unique("timer");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().intermediateCatchEvent("pause").timerWithDuration("PT0.2S")
                .endEvent().done(), pid);
        ProcessInstanceResult r = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().withResult()
                .requestTimeout(Duration.ofSeconds(10)).send().join();
        assertThat(r.getBpmnProcessId()).isEqualTo(pid);
    }

    // --- gateways ----------------------------------------------------------------------------

    @Test
    void parallelBranchesForkAndJoin() {
        String pid = unique("parallel");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().parallelGateway("fork")
                .serviceTask("attribution", t -> t.zeebeJobType(pid + "-a")).parallelGateway("join")
                .serviceTask("signoff", t -> t.zeebeJobType(pid + "-s")).endEvent()
                .moveToNode("fork").serviceTask("confirmation", t -> t.zeebeJobType(pid + "-c")).connectTo("join")
                .done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join().getProcessInstanceKey();
        ActivatedJob a = activateOne(pid + "-a");
        ActivatedJob c = activateOne(pid + "-c");
        client().newCompleteCommand(a.getKey()).variables(Map.of("attribution", "CORRECT")).send().join();
        assertThat(client().newActivateJobsCommand().jobType(pid + "-s").maxJobsToActivate(1).requestTimeout(Duration.ofMillis(-1))
                .send().join().getJobs()).as("sign-off waits for both branches").isEmpty();
        client().newCompleteCommand(c.getKey()).variables(Map.of("confirmation", "CONFIRMED")).send().join();
        ActivatedJob s = activateOne(pid + "-s");
        assertThat(s.getVariablesAsMap()).containsEntry("attribution", "CORRECT").containsEntry("confirmation", "CONFIRMED");
        client().newCompleteCommand(s.getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    @Test
    void exclusiveGatewayFollowsConditionsLoopsBackAndFallsBackToTheDefault() {
        String pid = unique("loop");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("review", t -> t.zeebeJobType(pid))
                .exclusiveGateway("decision")
                .condition("approved", "=decision = \"approve\"").endEvent("published")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("rejected")
                .moveToNode("decision").condition("sent back", "=decision = \"send-back\"").connectTo("review")
                .done(), pid);
        var result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().withResult()
                .requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        client().newCompleteCommand(activateOne(pid).getKey()).variables(Map.of("decision", "send-back")).send().join();
        client().newCompleteCommand(activateOne(pid).getKey()).variables(Map.of("decision", "send-back")).send().join();
        client().newCompleteCommand(activateOne(pid).getKey()).variables(Map.of("decision", "approve", "rounds", 3)).send().join();
        assertThat(result.join().getVariablesAsMap()).containsEntry("rounds", 3);

        var fallback = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().withResult()
                .requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        client().newCompleteCommand(activateOne(pid).getKey()).variables(Map.of("decision", "reject")).send().join();
        assertThat(fallback.join().getVariablesAsMap()).containsEntry("decision", "reject");
    }

    @Test
    void exclusiveGatewayWithNoTrueConditionRaisesAnIncidentThatResolvesAfterTheVariableIsSet() {
        String pid = unique("nomatch");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().exclusiveGateway("route")
                .condition("yes", "=score > 5").endEvent("high")
                .moveToNode("route").condition("no", "=score <= 5").endEvent("low").done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join().getProcessInstanceKey();
        assertThat(incidents(instance))
                .singleElement().asString().contains("CONDITION_ERROR", "route");
        client().newSetVariablesCommand(instance).variables(Map.of("score", 7)).send().join();
        client().newResolveIncidentCommand(fixture.engine().incidentsOf(instance).join().get(0)).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    // --- instances and bad input -------------------------------------------------------------

    @Test
    void cancellingAnInstanceRemovesItsJobs() {
        String pid = unique("cancel");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("t", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        ProcessInstanceEvent instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        ActivatedJob job = activateOne(pid);
        client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();
        assertThatThrownBy(() -> client().newCompleteCommand(job.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void unknownKeysAndProcessesAreNotFound() {
        assertThatThrownBy(() -> client().newCreateInstanceCommand().bpmnProcessId("never-deployed").latestVersion().send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> client().newFailCommand(123L).retries(1).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> client().newResolveIncidentCommand(456L).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> client().newSetVariablesCommand(789L).variables(Map.of("a", 1)).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void variablesThatAreNotAJsonObjectAreInvalid() {
        String pid = unique("vars");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().endEvent().done(), pid);
        assertThatThrownBy(() -> client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables("[1, 2]").send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("JSON object");
    }

    @Test
    void anRpcTheEngineDoesNotImplementAnswersUnimplementedNamingIt() {
        assertThatThrownBy(() -> client().newEvaluateDecisionCommand().decisionId("d").send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.UNIMPLEMENTED))
                .hasMessageContaining("EvaluateDecision");
    }

    /** zbctl deploy and zeebe-node's deployProcess() use the deprecated DeployProcess RPC: served like DeployResource. */
    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedDeployProcessRpcDeploysAndAnswersInItsOwnShape() {
        byte[] bpmn = io.camunda.zeebe.model.bpmn.Bpmn.convertToString(io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("legacy-deploy")
                .startEvent().endEvent().done()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        io.grpc.ManagedChannel channel = io.grpc.netty.NettyChannelBuilder.forAddress("127.0.0.1", fixture.server.port()).usePlaintext().build();
        try {
            var gateway = io.camunda.zeebe.gateway.protocol.GatewayGrpc.newBlockingStub(channel);
            var request = io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest.newBuilder()
                    .addProcesses(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessRequestObject.newBuilder()
                            .setName("legacy.bpmn").setDefinition(com.google.protobuf.ByteString.copyFrom(bpmn))).build();
            var first = gateway.deployProcess(request);
            assertThat(first.getKey()).isPositive();
            assertThat(first.getProcessesList()).singleElement().satisfies(p -> {
                assertThat(p.getBpmnProcessId()).isEqualTo("legacy-deploy");
                assertThat(p.getResourceName()).isEqualTo("legacy.bpmn");
                assertThat(p.getVersion()).isEqualTo(1);
            });
            // the same engine deployment: an instance starts from it, and an unreadable model is refused as by DeployResource
            assertThat(client().newCreateInstanceCommand().bpmnProcessId("legacy-deploy").latestVersion().send().join().getProcessInstanceKey())
                    .isPositive();
            var broken = io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest.newBuilder()
                    .addProcesses(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessRequestObject.newBuilder()
                            .setName("broken.bpmn").setDefinition(com.google.protobuf.ByteString.copyFromUtf8("<definitions"))).build();
            assertThatThrownBy(() -> gateway.deployProcess(broken))
                    .satisfies(e -> assertThat(io.grpc.Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        } finally {
            channel.shutdownNow();
        }
    }

    /**
     * With no worker polling at all (an engine of its own, so no other test's worker is parked),
     * an instance that does not finish still answers DEADLINE_EXCEEDED from the engine at the
     * request timeout, not the caller's own deadline later.
     */
    @Test
    void aResultThatDoesNotComeInTimeIsDeadlineExceededEvenWithNoWorkerPolling() throws Exception {
        try (EngineFixture alone = new EngineFixture()) {
            alone.client.newDeployResourceCommand().addProcessModel(io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("never-done")
                    .startEvent().serviceTask("t", t -> t.zeebeJobType("nobody-works-on-this")).endEvent().done(), "never.bpmn").send().join();
            io.grpc.ManagedChannel channel = io.grpc.netty.NettyChannelBuilder.forAddress("127.0.0.1", alone.server.port()).usePlaintext().build();
            try {
                var gateway = io.camunda.zeebe.gateway.protocol.GatewayGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(60, java.util.concurrent.TimeUnit.SECONDS);
                var request = io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest.newBuilder()
                        .setRequest(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest.newBuilder()
                                .setBpmnProcessId("never-done").setVersion(-1))
                        .setRequestTimeout(1000).build();
                assertThatThrownBy(() -> gateway.createProcessInstanceWithResult(request)).satisfies(e -> {
                    assertThat(io.grpc.Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                    assertThat(e).hasMessageContaining("did not complete within the request timeout");
                });
            } finally {
                channel.shutdownNow();
            }
        }
    }
}
