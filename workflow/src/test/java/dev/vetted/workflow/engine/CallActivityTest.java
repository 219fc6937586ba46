package dev.vetted.workflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Call activities: a reusable "confirm with an official" process called from another, through the real client. */
class CallActivityTest extends EngineTestSupport {


    /** The called process: one job, "confirm". */
    static void deployConfirm(String pid) {
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("confirm", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
    }

    @Test
    void aCallActivityRunsTheCalledProcessAndTakesBackItsVariables() {
        String child = unique("confirm");
        String parent = unique("claim");
        deployConfirm(child);
        deploy(Bpmn.createExecutableProcess(parent).startEvent()
                .callActivity("ask-official", c -> c.zeebeProcessId(child))
                .serviceTask("publish", t -> t.zeebeJobType(parent + "-publish")).endEvent().done(), parent);
        client().newCreateInstanceCommand().bpmnProcessId(parent).latestVersion().variables(Map.of("claimId", "c-3")).send().join();
        ActivatedJob confirm = activateOne(child);
        assertThat(confirm.getBpmnProcessId()).isEqualTo(child);
        assertThat(confirm.getVariablesAsMap()).containsEntry("claimId", "c-3");
        client().newCompleteCommand(confirm.getKey()).variables(Map.of("officialSays", "confirmed")).send().join();
        assertThat(activateOne(parent + "-publish").getVariablesAsMap()).containsEntry("officialSays", "confirmed")
                .containsEntry("claimId", "c-3");
    }

    @Test
    void withoutPropagationOnlyTheMappedVariablesCrossOver() {
        String child = unique("confirm-narrow");
        String parent = unique("claim-narrow");
        deployConfirm(child);
        deploy(Bpmn.createExecutableProcess(parent).startEvent()
                .callActivity("ask-official", c -> c.zeebeProcessId(child).zeebePropagateAllParentVariables(false)
                        .zeebeInputExpression("claimId", "id").zeebeOutputExpression("officialSays", "confirmation"))
                .serviceTask("publish", t -> t.zeebeJobType(parent + "-publish")).endEvent().done(), parent);
        client().newCreateInstanceCommand().bpmnProcessId(parent).latestVersion()
                .variables(Map.of("claimId", "c-4", "sourceNotes", "internal")).send().join();
        ActivatedJob confirm = activateOne(child);
        assertThat(confirm.getVariablesAsMap()).containsEntry("id", "c-4").doesNotContainKeys("claimId", "sourceNotes");
        client().newCompleteCommand(confirm.getKey()).variables(Map.of("officialSays", "denied", "phone", "+1 555")).send().join();
        assertThat(activateOne(parent + "-publish").getVariablesAsMap()).containsEntry("confirmation", "denied")
                .doesNotContainKeys("officialSays", "phone");
    }

    @Test
    void cancellingTheCallerCancelsTheCalledInstanceWhichCannotBeCancelledAlone() {
        String child = unique("confirm-cancel");
        String parent = unique("claim-cancel");
        deployConfirm(child);
        deploy(Bpmn.createExecutableProcess(parent).startEvent().callActivity("ask-official", c -> c.zeebeProcessId(child))
                .endEvent().done(), parent);
        long caller = client().newCreateInstanceCommand().bpmnProcessId(parent).latestVersion().send().join().getProcessInstanceKey();
        ActivatedJob confirm = activateOne(child);
        assertThatThrownBy(() -> client().newCancelInstanceCommand(confirm.getProcessInstanceKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.FAILED_PRECONDITION))
                .hasMessageContaining(String.valueOf(caller));
        client().newCancelInstanceCommand(caller).send().join();
        assertThat(running(confirm.getProcessInstanceKey())).isFalse();
        assertThatThrownBy(() -> client().newCompleteCommand(confirm.getKey()).send().join())
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aProcessNotYetDeployedIsAnIncidentThatAResolveRetries() {
        String child = unique("confirm-later");
        String parent = unique("claim-early");
        deploy(Bpmn.createExecutableProcess(parent).startEvent().callActivity("ask-official", c -> c.zeebeProcessId(child))
                .endEvent().done(), parent);
        long caller = client().newCreateInstanceCommand().bpmnProcessId(parent).latestVersion().send().join().getProcessInstanceKey();
        assertThat(incidents(caller)).singleElement().asString().contains("CALLED_ELEMENT_ERROR", child);
        deployConfirm(child);
        client().newResolveIncidentCommand(fixture.engine().incidentsOf(caller).join().get(0)).send().join();
        client().newCompleteCommand(activateOne(child).getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(caller));
    }

    @Test
    void anErrorInTheCalledProcessIsCaughtOnTheCallActivity() {
        String child = unique("confirm-error");
        String parent = unique("claim-error");
        deployConfirm(child);
        deploy(Bpmn.createExecutableProcess(parent).startEvent()
                .callActivity("ask-official", c -> c.zeebeProcessId(child))
                .boundaryEvent("unreachable").error("NO_OFFICIAL").serviceTask("note", t -> t.zeebeJobType(parent + "-note")).endEvent()
                .moveToActivity("ask-official").endEvent().done(), parent);
        client().newCreateInstanceCommand().bpmnProcessId(parent).latestVersion().send().join();
        ActivatedJob confirm = activateOne(child);
        client().newThrowErrorCommand(confirm.getKey()).errorCode("NO_OFFICIAL").variables(Map.of("tried", 3)).send().join();
        assertThat(activateOne(parent + "-note").getVariablesAsMap()).containsEntry("tried", 3);
        assertThat(running(confirm.getProcessInstanceKey())).isFalse();
    }
}
