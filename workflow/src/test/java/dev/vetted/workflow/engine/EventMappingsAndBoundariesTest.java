package dev.vetted.workflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Variable mappings on events (start, catch and boundary events) applied as Zeebe applies them,
 * refused at deployment where an element cannot have them, and message boundary events.
 */
class EventMappingsAndBoundariesTest extends EngineTestSupport {


    // --- mappings on events -----------------------------------------------------------------

    @Test
    void anErrorsVariablesReachTheInstanceOnlyThroughTheCatchingEventsOutputMapping() {
        String pid = unique("error-out");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("locate", t -> t.zeebeJobType(pid))
                .boundaryEvent("gone").error("SOURCE_GONE").zeebeOutputExpression("status", "sourceStatus")
                .serviceTask("flag", t -> t.zeebeJobType(pid + "-flag")).endEvent()
                .moveToActivity("locate").endEvent().done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        client().newThrowErrorCommand(activateOne(pid).getKey()).errorCode("SOURCE_GONE")
                .variables(Map.of("status", 404, "detail", "the page is gone")).send().join();
        Map<String, Object> seen = activateOne(pid + "-flag").getVariablesAsMap();
        assertThat(seen).containsEntry("sourceStatus", 404).doesNotContainKeys("status", "detail");
    }

    @Test
    void aCaughtMessageKeepsOnlyWhatTheOutputMappingNames() {
        String pid = unique("catch-out");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .intermediateCatchEvent("decided").message(m -> m.name(pid).zeebeCorrelationKeyExpression("taskId"))
                .zeebeOutputExpression("decision", "attributionDecision")
                .endEvent().done(), pid);
        var result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(Map.of("taskId", pid))
                .withResult().requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        await().atMost(Duration.ofSeconds(5)).until(() -> !fixture.engine().subscriptionsFor(pid, pid).join().isEmpty());
        client().newPublishMessageCommand().messageName(pid).correlationKey(pid)
                .variables(Map.of("decision", "CORRECT", "note", "checked with the ministry")).send().join();
        assertThat(result.join().getVariablesAsMap()).containsEntry("attributionDecision", "CORRECT")
                .doesNotContainKeys("decision", "note");
    }

    @Test
    void aTimerCatchEventTakesInputsForItsDurationAndWritesOutputs() {
        String pid = unique("timer-io");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .intermediateCatchEvent("pause").timerWithDurationExpression("delay")
                .zeebeInputExpression("\"PT0.1S\"", "delay").zeebeOutputExpression("delay", "waited")
                .endEvent().done(), pid);
        Map<String, Object> result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .withResult().requestTimeout(Duration.ofSeconds(20)).send().join().getVariablesAsMap();
        assertThat(result).containsEntry("waited", "PT0.1S").doesNotContainKey("delay");
    }

    @Test
    void aMessageStartEventWithOutputsLetsInOnlyTheMappedVariables() {
        String pid = unique("start-out");
        deploy(Bpmn.createExecutableProcess(pid).startEvent("submitted").message(pid)
                .zeebeOutputExpression("claimId", "claim")
                .serviceTask("locate", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        client().newPublishMessageCommand().messageName(pid).correlationKey("c-1")
                .variables(Map.of("claimId", "c-1", "submitterEmail", "someone@example.org")).send().join();
        assertThat(activateOne(pid).getVariablesAsMap()).containsEntry("claim", "c-1").doesNotContainKeys("claimId", "submitterEmail");
    }

    @Test
    void inputMappingsOnABoundaryEventAreRefusedNamingTheEvent() {
        String pid = unique("boundary-in");
        BpmnModelInstance model = Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("locate", t -> t.zeebeJobType(pid))
                .boundaryEvent("slow").timerWithDuration("PT1H").zeebeInputExpression("1", "x").endEvent()
                .moveToActivity("locate").endEvent().done();
        assertThatThrownBy(() -> deploy(model, pid))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("'slow'").hasMessageContaining("input mappings").hasMessageContaining("boundary event");
    }

    @Test
    void mappingsOnAGatewayAreRefusedRatherThanIgnored() {
        String pid = unique("gateway-io");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" targetNamespace="http://vetted.dev/test">
                  <bpmn:process id="%s" isExecutable="true">
                    <bpmn:startEvent id="start"/>
                    <bpmn:parallelGateway id="fork">
                      <bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=1" target="one"/></zeebe:ioMapping></bpmn:extensionElements>
                    </bpmn:parallelGateway>
                    <bpmn:endEvent id="end"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(pid);
        assertThatThrownBy(() -> client().newDeployResourceCommand()
                .addResourceBytes(xml.getBytes(StandardCharsets.UTF_8), pid + ".bpmn").send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("'fork'").hasMessageContaining("gateway");
    }

    // --- message boundary events -------------------------------------------------------------

    @Test
    void anInterruptingMessageBoundaryEventEndsTheTaskAndSurvivesARestart() {
        String pid = unique("withdrawn");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("review", t -> t.zeebeJobType(pid))
                .boundaryEvent("withdrawn").message(m -> m.name(pid + "-withdrawn").zeebeCorrelationKeyExpression("claimId"))
                .zeebeOutputExpression("reason", "withdrawalReason").endEvent("closed")
                .moveToActivity("review").endEvent("reviewed").done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("claimId", pid)).send().join().getProcessInstanceKey();
        ActivatedJob job = activateOne(pid);
        fixture.restartEngine();
        client().newPublishMessageCommand().messageName(pid + "-withdrawn").correlationKey(pid)
                .variables(Map.of("reason", "the outlet retracted the article")).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
        assertThatThrownBy(() -> client().newCompleteCommand(job.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThat(fixture.engine().subscriptionsFor(pid + "-withdrawn", pid).join()).isEmpty();
    }

    @Test
    void aNonInterruptingMessageBoundaryEventRunsBesideTheTaskEachTimeAMessageComes() {
        String pid = unique("reminder");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("review", t -> t.zeebeJobType(pid))
                .boundaryEvent("reminder", b -> b.cancelActivity(false))
                .message(m -> m.name(pid + "-remind").zeebeCorrelationKeyExpression("claimId"))
                .serviceTask("nudge", t -> t.zeebeJobType(pid + "-nudge")).endEvent()
                .moveToActivity("review").endEvent().done(), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("claimId", pid)).send().join().getProcessInstanceKey();
        ActivatedJob review = activateOne(pid);
        client().newPublishMessageCommand().messageName(pid + "-remind").correlationKey(pid).send().join();
        client().newPublishMessageCommand().messageName(pid + "-remind").correlationKey(pid).send().join();
        client().newCompleteCommand(activateOne(pid + "-nudge").getKey()).send().join();
        client().newCompleteCommand(activateOne(pid + "-nudge").getKey()).send().join();
        assertThat(running(instance)).isTrue();
        client().newCompleteCommand(review.getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    @Test
    void aBufferedMessageTriggersTheBoundaryEventWhenTheTaskIsEntered() {
        String pid = unique("early-withdrawal");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("review", t -> t.zeebeJobType(pid))
                .boundaryEvent("withdrawn").message(m -> m.name(pid).zeebeCorrelationKeyExpression("claimId"))
                .serviceTask("archive", t -> t.zeebeJobType(pid + "-archive")).endEvent()
                .moveToActivity("review").endEvent().done(), pid);
        client().newPublishMessageCommand().messageName(pid).correlationKey(pid).timeToLive(Duration.ofMinutes(1))
                .variables(Map.of("reason", "duplicate")).send().join();
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(Map.of("claimId", pid)).send().join();
        assertThat(activateOne(pid + "-archive").getVariablesAsMap()).containsEntry("reason", "duplicate");
        assertThat(client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1)
                .requestTimeout(Duration.ofMillis(200)).send().join().getJobs()).isEmpty();
    }
}
