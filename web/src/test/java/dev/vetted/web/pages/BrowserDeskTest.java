package dev.vetted.web.pages;

import dev.vetted.web.Chromium;
import dev.vetted.web.RoutingTest;
import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The desk in a real headless Chromium: people sign in through Keycloak's own form and take a
 * claim of the seed article from import to publication, as the issue tells the story.
 */
@QuarkusTest
class BrowserDeskTest {

    private static final Duration ROUTING = Duration.ofSeconds(40);

    @Test
    void aliceImportsAndChecksBobConfirmsErinSignsOffAndSeesItPublished() throws Exception {
        String seed = Files.readString(Path.of("../deploy/seed/article.txt"));
        try (Chromium alice = Chromium.signIn("alice"); Chromium bob = Chromium.signIn("bob");
             Chromium erin = Chromium.signIn("erin")) {
            alice.shot("inbox");
            alice.click(alice.driver.findElement(By.linkText("Import an article")));
            alice.waitFor(By.id("title")).sendKeys("Hostage talks (browser)");
            alice.driver.findElement(By.id("outlet")).sendKeys("Example News");
            alice.fill("publishedAt", "2023-11-21");
            alice.fill("text", seed);
            alice.shot("import");
            alice.click(alice.driver.findElement(By.cssSelector("form.import button[type=submit]")));

            alice.waitFor(By.cssSelector(".suggestions"));
            assertThat(alice.text("#messages")).contains("claims suggested");
            List<WebElement> marks = alice.driver.findElements(By.cssSelector(".article-text mark.suggested"));
            assertThat(marks).as("suggested claims are marked in the article's text").hasSizeGreaterThanOrEqualTo(8);
            assertThat(alice.page()).contains("Michael Herzog");
            alice.shot("article-suggestions");

            // edit one suggestion's speaker, then accept the rest in one go
            WebElement first = alice.driver.findElement(By.cssSelector(".suggestions > li"));
            WebElement speaker = first.findElement(By.cssSelector("input[name=speaker]"));
            String firstText = first.findElement(By.cssSelector("textarea")).getAttribute("value");
            speaker.clear();
            speaker.sendKeys("Israeli officials (edited)");
            alice.click(first.findElement(By.cssSelector("button[type=submit]:not([formaction])")));
            alice.waitFor(By.cssSelector("#messages .message"));
            assertThat(alice.text("#messages")).contains("Accepted");
            alice.click(alice.driver.findElement(By.cssSelector(".accept-all button")));
            alice.waitFor(By.cssSelector("#messages .message"));
            assertThat(alice.text("#messages")).contains("accepted and routed");
            assertThat(alice.driver.findElements(By.cssSelector(".suggestions > li"))).isEmpty();

            // the edited claim: its page shows the checks opening without a reload
            alice.click(alice.driver.findElement(By.partialLinkText(firstText.substring(0, Math.min(40, firstText.length())).strip())));
            alice.waitFor(By.id("claim-title"));
            assertThat(alice.page()).contains("Israeli officials (edited)");
            String claimUrl = alice.driver.getCurrentUrl();
            await().atMost(ROUTING).ignoreExceptions().until(() -> !alice.driver.findElements(By.xpath("//legend[.='Decide: Attribution check']")).isEmpty());
            alice.shot("claim-before-checks");

            WebElement attribution = choose(alice, "Attribution check", "Correct");
            attribution.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("The article names the speaker; matches the transcript.");
            attribution.findElement(By.cssSelector("input[name=evidenceUrl]")).sendKeys("https://example.org/transcript");
            alice.click(attribution.findElement(By.cssSelector("button[type=submit]")));
            alice.waitFor(By.cssSelector("#messages .message"));
            assertThat(alice.text("#messages")).contains("Decision recorded: Correct");

            // bob takes the other branch from his own browser
            bob.driver.get(claimUrl);
            bob.waitFor(By.xpath("//legend[.='Decide: Official confirmation']"));
            WebElement confirmation = choose(bob, "Official confirmation", "No response");
            confirmation.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("Asked the PMO at 10:00; no answer by deadline.");
            bob.click(confirmation.findElement(By.cssSelector("button[type=submit]")));
            bob.waitFor(By.cssSelector("#messages .message"));
            assertThat(bob.text("#messages")).contains("Decision recorded: No response");

            // erin finds it in her queue with both results, and signs it off
            erin.open("/signoff");
            await().atMost(ROUTING).until(() -> {
                erin.driver.navigate().refresh();
                return erin.page().contains("Israeli officials (edited)");
            });
            WebElement row = erin.driver.findElement(By.xpath("//tr[contains(., 'Israeli officials (edited)')]"));
            assertThat(row.getText()).contains("Correct", "No response", "alice", "bob");
            erin.shot("signoff-queue");
            erin.click(row.findElement(By.linkText("Review and sign off")));
            erin.waitFor(By.xpath("//legend[.='Decide: Editor sign-off']"));
            erin.shot("claim-signoff-form");
            WebElement signoff = choose(erin, "Editor sign-off", "Approve");
            erin.click(signoff.findElement(By.xpath(".//label[contains(., 'Mostly true')]")));
            erin.click(signoff.findElement(By.cssSelector("button[type=submit]")));
            erin.waitFor(By.cssSelector("#messages .message"));
            await().atMost(ROUTING).until(() -> {
                erin.driver.navigate().refresh();
                return !erin.driver.findElements(By.cssSelector(".badge.status-PUBLISHED")).isEmpty();
            });
            assertThat(erin.text(".process")).contains("Published", "Verdict: Mostly true");
            assertThat(erin.page()).contains("Claim signed off", "Claim published");
            erin.shot("claim-published");
        }
    }

    /**
     * Picks a decision in a step's form. The page may refresh its live part until the person
     * starts filling the form in; from then on the form stays put, so it is found afresh until then.
     */
    private static WebElement choose(Chromium c, String step, String decision) {
        By form = By.xpath("//legend[.='Decide: " + step + "']/ancestor::form");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            c.click(c.driver.findElement(form).findElement(By.xpath(".//label[contains(., '" + decision + "')]")));
            return true;
        });
        return c.driver.findElement(form);
    }

    @Test
    void aNewTaskShowsUpInAnotherInboxWithoutAReload() {
        try (Chromium bob = Chromium.signIn("bob")) {
            bob.open("/inbox");
            await().atMost(Duration.ofSeconds(10)).until(() -> bob.script("return document.documentElement.hasAttribute('data-live-open')").equals(true));
            bob.script("window.__sameDocument = 'yes';");
            String text = "The harbour tunnel will carry 40,000 vehicles a day from 2027, browser-live "
                    + System.nanoTime() + ".";
            RestAssured.given().auth().oauth2(Tokens.of("alice")).contentType("application/json")
                    .body("{\"text\": \"" + text + "\", \"speaker\": \"the transport minister\"}")
                    .post("/api/claims").then().statusCode(201);
            await().atMost(ROUTING).ignoreExceptions().until(() -> bob.text("#inbox-lists").contains(text));
            assertThat(bob.script("return window.__sameDocument")).as("the inbox changed in place, not by a reload").isEqualTo("yes");
            bob.shot("inbox-live");

            // claim in place: the task moves to "My tasks" without leaving the page
            By claimButton = By.xpath("//li[contains(@class,'task')][contains(., 'browser-live')]//button[.='Claim']");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                bob.click(bob.driver.findElement(claimButton));
                return true;
            });
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> bob.driver
                    .findElements(By.xpath("//section[.//h2[starts-with(., 'My tasks')]]//li[contains(., 'browser-live')]")).size() > 0);
            assertThat(bob.script("return window.__sameDocument")).isEqualTo("yes");
            assertThat(bob.text("#messages")).contains("The task is yours");
        }
    }

    @Test
    void danaIsRefusedTheSignOffOfAClaimSheChecked() {
        String claim = RestAssured.given().auth().oauth2(Tokens.of("alice")).contentType("application/json")
                .body("{\"text\": \"Ferry fares rose 30 per cent in 2025.\", \"speaker\": \"the port authority\"}")
                .post("/api/claims").then().statusCode(201).extract().path("id");
        String attribution = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        String confirmation = RoutingTest.awaitTask(claim, "CONFIRMATION");
        try (Chromium dana = Chromium.signIn("dana")) {
            dana.open("/claims/" + claim + "#task-" + attribution);
            dana.waitFor(By.xpath("//legend[.='Decide: Attribution check']"));
            WebElement form = choose(dana, "Attribution check", "Correct");
            dana.click(form.findElement(By.cssSelector("button[type=submit]")));
            dana.waitFor(By.cssSelector("#messages .message"));
            RoutingTest.decide(confirmation, java.util.Map.of("decision", "CONFIRMED"));
            RoutingTest.awaitTask(claim, "SIGNOFF");
            dana.open("/claims/" + claim);
            assertThat(dana.text("#claim-live")).contains("four-eyes rule");
            assertThat(dana.driver.findElements(By.xpath("//legend[.='Decide: Editor sign-off']"))).isEmpty();
            dana.open("/signoff");
            assertThat(dana.text("#queue-live")).contains("You checked this one");
            dana.shot("four-eyes");
        }
    }

    @Test
    void everyPageIsLabelledShowsTextAsTextAndFormErrorsBesideTheirField() {
        String hostile = "<script>window.__ran = 1</script><img src=x onerror=\"window.__ran = 2\"> The bridge cost 3 million.";
        String claim = RestAssured.given().auth().oauth2(Tokens.of("alice")).contentType("application/json")
                .body(java.util.Map.of("text", hostile, "speaker", "<b>the mayor</b>"))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        try (Chromium adam = Chromium.signIn("adam"); Chromium alice = Chromium.signIn("alice", 820, 1180)) {
            alice.open("/claims/" + claim);
            assertThat(alice.text("#claim-title")).isEqualTo(hostile);
            assertThat(alice.script("return window.__ran === undefined")).isEqualTo(true);
            alice.shot("claim-tablet");

            alice.open("/articles/new");
            alice.click(alice.driver.findElement(By.cssSelector("form.import button[type=submit]")));
            WebElement error = alice.waitFor(By.id("title-error"));
            assertThat(error.getText()).isEqualTo("The title is required.");
            assertThat(alice.driver.findElement(By.id("title")).getAttribute("aria-describedby")).isEqualTo("title-error");
            alice.shot("import-errors");

            for (String path : List.of("/inbox", "/inbox?tab=all", "/claims", "/articles", "/statements", "/dashboard",
                    "/claims/" + claim, "/articles/new")) {
                alice.open(path);
                assertThat(alice.unlabelled()).as(path).isEmpty();
            }
            for (String path : List.of("/audit", "/dashboard", "/statements", "/signoff")) {
                adam.open(path);
                assertThat(adam.unlabelled()).as(path).isEmpty();
                adam.shot(path.substring(1));
            }
            assertThat(adam.page()).doesNotContain("Forbidden");
            adam.open("/audit");
            assertThat(adam.text("main")).contains("Latest signed checkpoint", "Verifier key", "Whole trail");
        }
    }
}
