package dev.vetted.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `./vetted audit verify`: exit codes and one-line messages (the verification itself is tested in core). */
class AuditCommandTest {

    @TempDir
    Path dir;

    CommandRun run(String... args) {
        return CommandRun.of(AuditCommand::run, args);
    }

    @Test
    void usageMistakesExitTwo() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("check", "x").exit()).isEqualTo(2);
        assertThat(run("verify", "x", "--colour").err()).contains("unknown option");
    }

    @Test
    void aMissingOrBrokenFileExitsOneNamingTheLine() throws Exception {
        CommandRun missing = run("verify", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"seq\":1}\n{\"seq\":2}\n");
        CommandRun result = run("verify", broken.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).matches("vetted audit verify: .*broken.jsonl: line 2: .*checkpoint.*");
    }
}
