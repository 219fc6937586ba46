package dev.vetted.workflow.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second engine on the same database is refused while the first runs, and allowed once it stops. */
class EngineOwnershipTest {

    EngineFixture fixture;

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) fixture.close();
    }

    @Test
    void onlyOneEngineWorksOnADatabaseAtATime() {
        fixture = new EngineFixture();
        assertThatThrownBy(() -> EngineServer.start(fixture.dataSource(), "127.0.0.1", 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another process already runs the workflow engine on this database");

        fixture.server.close();
        try (EngineServer next = EngineServer.start(fixture.dataSource(), "127.0.0.1", 0)) {
            assertThat(next.port()).isPositive();
        }
    }
}
