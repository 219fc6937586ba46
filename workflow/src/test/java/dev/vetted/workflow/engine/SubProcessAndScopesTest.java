package dev.vetted.workflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Embedded sub-processes and variable scopes, as Camunda 8 documents them, through the real client. */
class SubProcessAndScopesTest extends EngineTestSupport {


    static long startWith(String pid, Map<String, Object> variables) {
        return client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(variables).send().join()
                .getProcessInstanceKey();
    }

    /** start -> sub-process "verify" (input claim.id -> claimId, output verdict -> subVerdict) { check } -> after. */
    static BpmnModelInstance verify(String pid) {
        return Bpmn.createExecutableProcess(pid).startEvent()
                .subProcess("verify", s -> s.zeebeInputExpression("claim.id", "claimId").zeebeOutputExpression("verdict", "subVerdict"))
                .embeddedSubProcess().startEvent().serviceTask("check", t -> t.zeebeJobType(pid + "-check")).endEvent()
                .subProcessDone()
                .serviceTask("after", t -> t.zeebeJobType(pid + "-after")).endEvent().done();
    }

    @Test
    void aSubProcessRunsItsTokenInItsOwnScopeAndCompletesThroughItsOutputs() {
        String pid = unique("verify");
        deploy(verify(pid), pid);
        startWith(pid, Map.of("claim", Map.of("id", "c-9")));
        ActivatedJob check = activateOne(pid + "-check");
        assertThat(check.getVariablesAsMap()).containsEntry("claimId", "c-9");
        client().newCompleteCommand(check.getKey()).variables(Map.of("verdict", "TRUE")).send().join();
        Map<String, Object> after = activateOne(pid + "-after").getVariablesAsMap();
        assertThat(after).containsEntry("subVerdict", "TRUE").containsEntry("verdict", "TRUE")
                .as("the sub-process's input is its own").doesNotContainKey("claimId");
    }

    @Test
    void theEngineRestartsInTheMiddleOfASubProcessAndCarriesOn() {
        String pid = unique("restart-verify");
        deploy(verify(pid), pid);
        long instance = startWith(pid, Map.of("claim", Map.of("id", "c-10")));
        ActivatedJob check = activateOne(pid + "-check");
        fixture.restartEngine();
        client().newCompleteCommand(check.getKey()).variables(Map.of("verdict", "FALSE")).send().join();
        assertThat(activateOne(pid + "-after").getVariablesAsMap()).containsEntry("subVerdict", "FALSE").doesNotContainKey("claimId");
        assertThat(instanceVariables(instance)).doesNotContainKey("claimId");
    }

    @Test
    void anInterruptingTimerOnASubProcessEndsEverythingInsideIt() {
        String pid = unique("sub-timeout");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .subProcess("checks").embeddedSubProcess().startEvent().parallelGateway("fork")
                .serviceTask("a", t -> t.zeebeJobType(pid + "-a")).parallelGateway("join").endEvent()
                .moveToNode("fork").serviceTask("b", t -> t.zeebeJobType(pid + "-b")).connectTo("join")
                .subProcessDone()
                .boundaryEvent("too-slow").timerWithDuration("PT0.3S").serviceTask("escalate", t -> t.zeebeJobType(pid + "-escalate")).endEvent()
                .moveToActivity("checks").endEvent().done(), pid);
        long instance = startWith(pid, Map.of());
        ActivatedJob a = activateOne(pid + "-a");
        client().newCompleteCommand(a.getKey()).send().join();
        ActivatedJob b = activateOne(pid + "-b");
        activateOne(pid + "-escalate");
        assertThatThrownBy(() -> client().newCompleteCommand(b.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
        assertThat(fixture.engine().describeInstance(instance).join().get("waitingAt")).isEqualTo(List.of("escalate"));
    }

    @Test
    void anErrorThrownInsideIsCaughtOnTheSubProcess() {
        String pid = unique("sub-error");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .subProcess("checks").embeddedSubProcess().startEvent()
                .serviceTask("fetch", t -> t.zeebeJobType(pid + "-fetch")).endEvent()
                .subProcessDone()
                .boundaryEvent("gone").error("SOURCE_GONE").serviceTask("flag", t -> t.zeebeJobType(pid + "-flag")).endEvent()
                .moveToActivity("checks").endEvent().done(), pid);
        startWith(pid, Map.of());
        client().newThrowErrorCommand(activateOne(pid + "-fetch").getKey()).errorCode("SOURCE_GONE")
                .variables(Map.of("status", 410)).send().join();
        assertThat(activateOne(pid + "-flag").getVariablesAsMap()).containsEntry("status", 410);
    }

    @Test
    void localVariablesStayLocalAndOthersPropagateToTheScopeThatHasThem() {
        String pid = unique("scopes");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("task", t -> t.zeebeJobType(pid).zeebeInputExpression("\"draft\"", "stage")).endEvent().done(), pid);
        long instance = startWith(pid, Map.of("claimId", "c-1"));
        ActivatedJob job = activateOne(pid);
        long element = job.getElementInstanceKey();
        client().newSetVariablesCommand(element).variables(Map.of("note", "only here")).local(true).send().join();
        client().newSetVariablesCommand(element).variables(Map.of("stage", "checked", "reviewer", "ana")).local(false).send().join();
        assertThat(instanceVariables(instance)).containsEntry("reviewer", "ana").containsEntry("claimId", "c-1")
                .doesNotContainKeys("note", "stage");
        client().newFailCommand(job.getKey()).retries(1).send().join();
        assertThat(activateOne(pid).getVariablesAsMap()).containsEntry("note", "only here").containsEntry("stage", "checked");
    }

    @Test
    void anEventSubProcessIsRefusedByName() {
        String pid = unique("event-sub");
        BpmnModelInstance model = Bpmn.createExecutableProcess(pid)
                .eventSubProcess("on-withdrawal", e -> e.startEvent("withdrawn").message(m -> m.name("w").zeebeCorrelationKeyExpression("k")).endEvent())
                .startEvent().endEvent().done();
        assertThatThrownBy(() -> deploy(model, pid))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("'on-withdrawal'").hasMessageContaining("event sub-process");
    }
}
