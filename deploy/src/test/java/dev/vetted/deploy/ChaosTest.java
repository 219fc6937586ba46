package dev.vetted.deploy;

import dev.vetted.deploy.harness.ChaosRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A small `./vetted chaos`: claims routed while the app and the engine are killed with SIGKILL; everything must still end once. */
class ChaosTest {

    @Test
    void claimsRoutedWhileProcessesAreKilledEndExactlyOnceAndTheTrailVerifies() throws Exception {
        try (ChaosStack stack = ChaosStack.start(Path.of("..").toAbsolutePath().normalize(), Path.of("target/chaos").toAbsolutePath())) {
            ChaosRun.Result result = new ChaosRun(stack, 3, 12, 20261202L).run();
            assertThat(result.appKills()).isEqualTo(3);
            assertThat(result.engineKills()).isEqualTo(1);
            assertThat(result.problems()).isEmpty();
            assertThat(result.claims()).isEqualTo(12);
        }
    }
}
