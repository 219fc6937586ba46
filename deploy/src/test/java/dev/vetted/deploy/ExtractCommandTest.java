package dev.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `./vetted extract`: the JSON contract, and what each bad file gets. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    CommandRun run(String... args) {
        return CommandRun.of(ExtractCommand::run, args);
    }

    @Test
    void printsOneJsonDocumentPerFileWithCodePointOffsets() throws Exception {
        // an emoji before the claim takes two UTF-16 units but one code point
        String text = "🙂 Update\n\nThe city council approved a $12 million budget on Monday, officials said.\n";
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text);
        CommandRun run = run(file.toString(), "../deploy/seed/article.txt");
        assertThat(run.exit()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.get("file").asText()).isEqualTo(file.toString());
        JsonNode claim = doc.get("claims").get(0);
        assertThat(claim.get("speaker").asText()).isEqualTo("officials");
        assertThat(claim.get("quote").isNull()).isTrue();
        int[] cps = text.codePoints().toArray();
        String byCodePoints = new String(cps, claim.get("start").asInt(), claim.get("end").asInt() - claim.get("start").asInt());
        assertThat(byCodePoints).isEqualTo(claim.get("text").asText());
        assertThat(claim.get("checkworthiness").asDouble()).isBetween(0.0, 1.0);
        assertThat(new ObjectMapper().readTree(lines[1]).get("claims").size()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void badFilesGetOneLineEachAndExitOne() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Le café a fermé.".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun run = run(empty.toString(), binary.toString(), latin1.toString(), dir.resolve("missing.txt").toString(),
                dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().split("\n")).hasSize(5)
                .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("is empty"))
                .anySatisfy(l -> assertThat(l).contains("image.png").contains("binary"))
                .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("not UTF-8"))
                .anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"))
                .anySatisfy(l -> assertThat(l).contains("is a folder"))
                .allSatisfy(l -> assertThat(l).startsWith("vetted extract: ").doesNotContain("Exception"));
    }

    @Test
    void aLargeValidFileIsProcessed() throws Exception {
        // paragraphs that differ (a paragraph repeated word for word is page furniture, read once)
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10 * 1024 * 1024; i++) {
            text.append("The council approved a budget of ").append(i).append(" million dollars on Monday, the mayor said.\n\n");
        }
        Path big = dir.resolve("big.txt");
        Files.writeString(big, text);
        CommandRun run = run(big.toString());
        assertThat(run.exit()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("claims").size()).isGreaterThan(100_000);
    }

    @Test
    void speakersComeWithTheirKindAndRoleAndTheTextWithItsLanguage() throws Exception {
        Path file = dir.resolve("speakers.txt");
        Files.writeString(file, """
                Health Minister Amal Haddad said 1,200 nurses would be hired by June.
                Haddad added that two hospitals would reopen in the autumn.
                """);
        CommandRun run = run(file.toString());
        assertThat(run.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("language").asText()).isEqualTo("en");
        JsonNode first = doc.get("claims").get(0);
        assertThat(first.get("speaker").asText()).isEqualTo("Amal Haddad");
        assertThat(first.get("speakerKind").asText()).isEqualTo("person");
        assertThat(first.get("speakerRole").asText()).isEqualTo("Health Minister");
        assertThat(doc.get("claims").get(1).get("speaker").asText()).isEqualTo("Amal Haddad");
    }

    @Test
    void anotherLanguageGetsItsNameNoClaimsAndAWarning() throws Exception {
        Path file = dir.resolve("de.txt");
        Files.writeString(file, "Die Regierung hat am Dienstag angekündigt, dass die Steuern im nächsten Jahr nicht erhöht werden, "
                + "sagte der Finanzminister in Berlin vor der Presse.\n");
        CommandRun run = run(file.toString());
        assertThat(run.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("language").asText()).isEqualTo("de");
        assertThat(doc.get("claims").size()).isZero();
        assertThat(run.err().strip()).startsWith("vetted extract: ").contains("de.txt").contains("'de'").doesNotContain("\n");
    }

    @Test
    void noFileNamedIsAUsageError() {
        CommandRun run = run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("name one or more article files");
    }
}
