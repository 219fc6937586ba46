package dev.vetted.workflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Event-based and inclusive gateways, timer dates and cycles, and timer start events, through the real client. */
class GatewaysAndTimersTest extends EngineTestSupport {


    static void assertRefused(BpmnModelInstance model, String name, String... words) {
        var refused = assertThatThrownBy(() -> deploy(model, name))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT));
        for (String word : words) refused.hasMessageContaining(word);
    }

    /** start -> event-based gateway -> [reply message -> task "replied"] | [timer -> task "chase"]. */
    static BpmnModelInstance rightOfReply(String pid, String timeout) {
        return Bpmn.createExecutableProcess(pid).startEvent()
                .eventBasedGateway("await-reply")
                .intermediateCatchEvent("reply").message(m -> m.name(pid + "-reply").zeebeCorrelationKeyExpression("claimId"))
                .zeebeOutputExpression("answer", "replyText")
                .serviceTask("replied", t -> t.zeebeJobType(pid + "-replied")).endEvent()
                .moveToLastGateway()
                .intermediateCatchEvent("no-reply").timerWithDuration(timeout)
                .serviceTask("chase", t -> t.zeebeJobType(pid + "-chase")).endEvent()
                .done();
    }

    @Test
    void anEventBasedGatewayTakesTheReplyWhenItComesBeforeTheTimeOut() {
        String pid = unique("reply");
        deploy(rightOfReply(pid, "PT1H"), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("claimId", pid)).send().join().getProcessInstanceKey();
        await().atMost(Duration.ofSeconds(5)).until(() -> !fixture.engine().subscriptionsFor(pid + "-reply", pid).join().isEmpty());
        client().newPublishMessageCommand().messageName(pid + "-reply").correlationKey(pid)
                .variables(Map.of("answer", "we stand by the figure")).send().join();
        assertThat(activateOne(pid + "-replied").getVariablesAsMap()).containsEntry("replyText", "we stand by the figure");
        assertThat(fixture.engine().subscriptionsFor(pid + "-reply", pid).join()).isEmpty();
        assertThat(activate(pid + "-chase", 1, Duration.ofMillis(200))).isEmpty();
        assertThat(fixture.engine().describeInstance(instance).join().get("waitingAt")).isEqualTo(List.of("replied"));
    }

    @Test
    void anEventBasedGatewayTakesTheTimeOutWhenNoReplyComesAndClosesTheSubscription() {
        String pid = unique("no-reply");
        deploy(rightOfReply(pid, "PT0.2S"), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(Map.of("claimId", pid)).send().join();
        activateOne(pid + "-chase");
        assertThat(fixture.engine().subscriptionsFor(pid + "-reply", pid).join()).isEmpty();
    }

    @Test
    void anEventBasedGatewayMayLeadOnlyToCatchEvents() {
        String pid = unique("bad-event-gateway");
        assertRefused(Bpmn.createExecutableProcess(pid).startEvent().eventBasedGateway("wait")
                .serviceTask("oops", t -> t.zeebeJobType("x")).endEvent()
                .moveToLastGateway().intermediateCatchEvent("t").timerWithDuration("PT1H").endEvent().done(),
                pid, "'wait'", "catch events");
    }

    @Test
    void anInclusiveGatewayTakesEveryBranchWhoseConditionHolds() {
        String pid = unique("inclusive");
        deploy(Bpmn.createExecutableProcess(pid).startEvent().inclusiveGateway("which-checks")
                .conditionExpression("needsLegal").serviceTask("legal", t -> t.zeebeJobType(pid + "-legal")).endEvent()
                .moveToLastGateway().conditionExpression("needsData").serviceTask("data", t -> t.zeebeJobType(pid + "-data")).endEvent()
                .moveToLastGateway().conditionExpression("needsTranslation")
                .serviceTask("translation", t -> t.zeebeJobType(pid + "-translation")).endEvent()
                .done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("needsLegal", true, "needsData", true, "needsTranslation", false)).send().join();
        activateOne(pid + "-legal");
        activateOne(pid + "-data");
        assertThat(activate(pid + "-translation", 1, Duration.ofMillis(200))).isEmpty();
    }

    /** which -> [needsLegal] legal -> together; [needsData] data -> usable? -> together | dropped; together -> after. */
    static BpmnModelInstance inclusiveJoin(String pid) {
        return Bpmn.createExecutableProcess(pid).startEvent().inclusiveGateway("which")
                .conditionExpression("needsLegal").serviceTask("legal", t -> t.zeebeJobType(pid + "-legal"))
                .inclusiveGateway("together").serviceTask("after", t -> t.zeebeJobType(pid + "-after")).endEvent()
                .moveToNode("which").conditionExpression("needsData").serviceTask("data", t -> t.zeebeJobType(pid + "-data"))
                .exclusiveGateway("usable").defaultFlow().endEvent("dropped")
                .moveToNode("usable").conditionExpression("usable").connectTo("together")
                .done();
    }

    @Test
    void anInclusiveJoinWaitsForEveryBranchThatWasTakenAndOnlyThose() {
        String pid = unique("inclusive-join");
        deploy(inclusiveJoin(pid), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("needsLegal", true, "needsData", true, "usable", true)).send().join();
        client().newCompleteCommand(activateOne(pid + "-legal").getKey()).send().join();
        assertThat(activate(pid + "-after", 1, Duration.ofMillis(300))).as("the data branch is still on its way").isEmpty();
        client().newCompleteCommand(activateOne(pid + "-data").getKey()).send().join();
        activateOne(pid + "-after");
        assertThat(activate(pid + "-after", 1, Duration.ofMillis(300))).as("the join fires once").isEmpty();

        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("needsLegal", true, "needsData", false, "usable", true)).send().join();
        client().newCompleteCommand(activateOne(pid + "-legal").getKey()).send().join();
        activateOne(pid + "-after");
    }

    @Test
    void anInclusiveJoinFiresWhenTheOtherTokenEndsElsewhere() {
        String pid = unique("inclusive-dropped");
        deploy(inclusiveJoin(pid), pid);
        long instance = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("needsLegal", true, "needsData", true, "usable", false)).send().join().getProcessInstanceKey();
        client().newCompleteCommand(activateOne(pid + "-legal").getKey()).send().join();
        assertThat(activate(pid + "-after", 1, Duration.ofMillis(300))).isEmpty();
        client().newCompleteCommand(activateOne(pid + "-data").getKey()).send().join();
        client().newCompleteCommand(activateOne(pid + "-after").getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.engine().describeInstance(instance).join() == null);
    }

    // --- timer dates and cycles ----------------------------------------------------------------

    @Test
    void aTimerDateInThePastFiresAtOnce() {
        String pid = unique("date");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .intermediateCatchEvent("embargo").timerWithDateExpression("embargoUntil").endEvent().done(), pid);
        var result = client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion()
                .variables(Map.of("embargoUntil", Instant.now().minusSeconds(60).toString())).withResult()
                .requestTimeout(Duration.ofSeconds(20)).send().join();
        assertThat(result.getProcessInstanceKey()).isPositive();
    }

    @Test
    void aNonInterruptingCycleOnATaskFiresAsOftenAsItRepeats() {
        String pid = unique("reminders");
        deploy(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("review", t -> t.zeebeJobType(pid))
                .boundaryEvent("remind", b -> b.cancelActivity(false)).timerWithCycle("R2/PT0.2S")
                .serviceTask("nudge", t -> t.zeebeJobType(pid + "-nudge")).endEvent()
                .moveToActivity("review").endEvent().done(), pid);
        client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
        List<ActivatedJob> nudges = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            nudges.addAll(activate(pid + "-nudge", 5, Duration.ofMillis(200)));
            return nudges.size() >= 2;
        });
        assertThat(activate(pid + "-nudge", 5, Duration.ofMillis(600))).as("R2 fires twice").isEmpty();
        assertThat(activate(pid, 1, Duration.ofSeconds(1))).as("the task itself still waits").hasSize(1);
    }

    @Test
    void aCycleOnACatchEventAndACronCycleAreRefused() {
        String pid = unique("bad-timers");
        assertRefused(Bpmn.createExecutableProcess(pid).startEvent()
                .intermediateCatchEvent("every-day").timerWithCycle("R/P1D").endEvent().done(), pid, "'every-day'", "cycle");
        assertRefused(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("t", t -> t.zeebeJobType("t"))
                .boundaryEvent("cron", b -> b.cancelActivity(false)).timerWithCycle("0 0 9 * * ?").endEvent()
                .moveToActivity("t").endEvent().done(), pid, "'cron'", "cron");
    }

    @Test
    void aTimerStartEventStartsAnInstanceEachTimeAndANewVersionReplacesIt() {
        String pid = unique("digest");
        deploy(Bpmn.createExecutableProcess(pid).startEvent("daily").timerWithCycle("R2/PT0.2S")
                .serviceTask("send-digest", t -> t.zeebeJobType(pid)).endEvent().done(), pid);
        List<ActivatedJob> digests = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            digests.addAll(activate(pid, 5, Duration.ofMillis(200)));
            return digests.size() >= 2;
        });
        assertThat(activate(pid, 5, Duration.ofMillis(600))).as("a cycle of two fires twice").isEmpty();
        assertThat(digests).extracting(ActivatedJob::getProcessInstanceKey).doesNotHaveDuplicates();

        deploy(Bpmn.createExecutableProcess(pid).startEvent("daily").timerWithCycle("R/PT0.2S")
                .serviceTask("send-digest", t -> t.zeebeJobType(pid + "-v2")).endEvent().done(), pid);
        assertThat(activateOne(pid + "-v2").getProcessDefinitionVersion()).isEqualTo(2);
        deploy(Bpmn.createExecutableProcess(pid).startEvent().endEvent("no-more-digests").done(), pid);
        activate(pid + "-v2", 50, Duration.ofMillis(100));
        assertThat(activate(pid + "-v2", 5, Duration.ofMillis(600))).as("version 3 has no timer: version 2's is gone").isEmpty();
    }
}
