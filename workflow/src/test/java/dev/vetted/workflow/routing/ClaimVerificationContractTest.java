package dev.vetted.workflow.routing;

import dev.vetted.core.claim.ClaimAccepted;
import dev.vetted.core.review.AttributionDecision;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.SignOffDecision;
import dev.vetted.core.review.TaskDecided;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** claim-verification.bpmn read beside its contract: what the process needs, the desk provides. */
class ClaimVerificationContractTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
    private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "and", "or", "not", "true", "false", "null");

    private static Document process;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = ClaimVerification.class.getClassLoader().getResourceAsStream(ClaimVerification.RESOURCE)) {
            process = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void theProcessIdIsTheContracts() {
        Element p = (Element) process.getElementsByTagNameNS(BPMN, "process").item(0);
        assertThat(p.getAttribute("id")).isEqualTo(ClaimVerification.PROCESS_ID);
    }

    @Test
    void everyJobTypeHasAWorkerAndEveryWorkerAJobType() {
        Set<String> inBpmn = new TreeSet<>();
        for (Element e : elements(ZEEBE, "taskDefinition")) inBpmn.add(e.getAttribute("type"));
        assertThat(new TreeSet<>(ClaimVerification.JOBS.keySet())).isEqualTo(inBpmn);
        // the workers themselves: one ClaimJob per type, no two for the same
        List<ClaimJob> jobs = List.of(new LocateAttributionJob(null), new FindStatementsJob(null), new OpenReviewJob(null, null),
                new EscalateReviewJob(null), new PublishVerdictJob(null), new CloseClaimJob(null));
        assertThat(jobs.stream().map(ClaimJob::type).toList()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inBpmn);
    }

    @Test
    void everyAwaitedMessageIsOneTheRelayPublishes() {
        Set<String> published = Set.of(
                ClaimVerification.messageFor(ClaimAccepted.NAME, "k", new ClaimAccepted(UUID.randomUUID(), Duration.ofHours(1),
                        Duration.ofHours(2), Duration.ofHours(3)).data()).name(),
                ClaimVerification.messageFor(TaskDecided.NAME, "k", new TaskDecided(UUID.randomUUID(), ReviewStep.SIGNOFF,
                        SignOffDecision.APPROVE, null).data()).name());
        Set<String> awaited = new HashSet<>();
        for (Element m : elements(BPMN, "message")) awaited.add(m.getAttribute("name"));
        assertThat(published).containsExactlyInAnyOrderElementsOf(awaited);
    }

    @Test
    void everyVariableAnExpressionReadsIsWrittenBySomeone() {
        Set<String> written = new HashSet<>(ClaimVerification.writtenByMessages());
        written.addAll(ClaimVerification.WRITTEN_BY_JOBS);
        for (Element h : elements(ZEEBE, "header")) {
            if (h.getAttribute("key").equals(ClaimVerification.TASK_VARIABLE_HEADER)) written.add(h.getAttribute("value"));
        }
        Set<String> read = new TreeSet<>();
        for (String expression : expressions()) read.addAll(names(expression));
        assertThat(read).isNotEmpty();
        assertThat(written).containsAll(read);
    }

    @Test
    void everyVariableAWorkerFetchesIsWrittenBySomeone() {
        Set<String> written = new HashSet<>(ClaimVerification.writtenByMessages());
        written.addAll(ClaimVerification.WRITTEN_BY_JOBS);
        for (Element h : elements(ZEEBE, "header")) {
            if (h.getAttribute("key").equals(ClaimVerification.TASK_VARIABLE_HEADER)) written.add(h.getAttribute("value"));
        }
        ClaimVerification.JOBS.values().forEach(fetched -> assertThat(written).containsAll(fetched));
    }

    @Test
    void aDecisionBecomesTheVariableTheGatewayReads() {
        var signoff = ClaimVerification.messageFor(TaskDecided.NAME, "t-1",
                new TaskDecided(UUID.randomUUID(), ReviewStep.SIGNOFF, SignOffDecision.SEND_BACK, ReviewStep.CONFIRMATION).data());
        assertThat(signoff.correlationKey()).isEqualTo("t-1");
        assertThat(signoff.variables()).containsEntry("signoffDecision", "SEND_BACK").containsEntry("sendBackTo", "CONFIRMATION");
        var attribution = ClaimVerification.messageFor(TaskDecided.NAME, "t-2",
                new TaskDecided(UUID.randomUUID(), ReviewStep.ATTRIBUTION, AttributionDecision.CORRECT, null).data());
        assertThat(attribution.variables()).containsOnlyKeys("attributionDecision");
        // an approval leaves sendBackTo empty again, so a later rework timer does not read an old one
        var approval = ClaimVerification.messageFor(TaskDecided.NAME, "t-3",
                new TaskDecided(UUID.randomUUID(), ReviewStep.SIGNOFF, SignOffDecision.APPROVE, null).data());
        assertThat(approval.variables()).containsEntry("sendBackTo", null);
    }

    @Test
    void anAcceptedClaimStartsTheProcessWithEachStepsTimeLimit() {
        var start = ClaimVerification.messageFor(ClaimAccepted.NAME, "c-1", new ClaimAccepted(UUID.randomUUID(),
                Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3)).data());
        assertThat(start.name()).isEqualTo("claim-submitted");
        assertThat(start.variables()).containsEntry("attributionSla", "PT1H").containsEntry("confirmationSla", "PT2H")
                .containsEntry("signoffSla", "PT3H");
        // an event queued by the release before names its facts as the variables are named
        var earlier = ClaimVerification.messageFor(ClaimAccepted.NAME, "c-2", Map.of("claimId", "c-2",
                "attributionSla", "PT4H", "confirmationSla", "PT5H", "signoffSla", "PT6H"));
        assertThat(earlier.variables()).containsEntry("attributionSla", "PT4H").containsEntry("signoffSla", "PT6H");
    }

    @Test
    void aRowQueuedBeforeDomainEventsIsSentAsItIs() {
        Map<String, Object> vars = new HashMap<>(Map.of("claimId", "c-1"));
        var legacy = ClaimVerification.messageFor("claim-submitted", "c-1", vars);
        assertThat(legacy.name()).isEqualTo("claim-submitted");
        assertThat(legacy.variables()).isEqualTo(vars);
    }

    /** FEEL expressions: conditions, timer definitions and correlation keys (each starts with '='). */
    private static List<String> expressions() {
        List<String> found = new java.util.ArrayList<>();
        for (String tag : List.of("conditionExpression", "timeDuration", "timeDate", "timeCycle")) {
            for (Element e : elements(BPMN, tag)) found.add(e.getTextContent().strip());
        }
        for (Element s : elements(ZEEBE, "subscription")) found.add(s.getAttribute("correlationKey"));
        return found.stream().filter(x -> x.startsWith("=")).map(x -> x.substring(1)).toList();
    }

    /** The variable names an expression reads: its identifiers outside string literals, FEEL's words aside. */
    static Set<String> names(String expression) {
        String withoutStrings = expression.replaceAll("\"[^\"]*\"", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(withoutStrings);
        while (m.find()) if (!FEEL_WORDS.contains(m.group())) names.add(m.group());
        return names;
    }

    @Test
    void theNameReaderSkipsStringsAndFeelWords() {
        assertThat(names("if sendBackTo = \"ATTRIBUTION\" then attributionSla else confirmationSla"))
                .containsExactly("attributionSla", "confirmationSla", "sendBackTo");
    }

    private static List<Element> elements(String ns, String tag) {
        NodeList nodes = process.getElementsByTagNameNS(ns, tag);
        List<Element> list = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
        return list;
    }
}
