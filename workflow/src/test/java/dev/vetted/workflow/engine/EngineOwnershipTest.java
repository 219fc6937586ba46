package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.gateway.EngineServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One engine per database: a second is refused while the first runs, and an engine whose lock
 * went away (its database session was ended) and was taken by another can no longer write.
 */
class EngineOwnershipTest {

    static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("owned").startEvent().endEvent().done();

    EngineFixture fixture;
    EngineServer second;
    CamundaClient secondClient;

    @AfterEach
    void stop() throws Exception {
        if (secondClient != null) secondClient.close();
        if (second != null) second.close();
        if (fixture != null) fixture.close();
    }

    @Test
    void aSecondEngineIsRefusedWhileTheFirstRuns() {
        fixture = new EngineFixture();
        assertThatThrownBy(() -> EngineServer.start(fixture.dataSource(), "127.0.0.1", 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another process already runs the workflow engine on this database");

        fixture.server.close();
        second = EngineServer.start(fixture.dataSource(), "127.0.0.1", 0);
        assertThat(second.port()).isPositive();
    }

    @Test
    void anEngineThatLostItsLockToAnotherCanNoLongerWrite() throws Exception {
        fixture = new EngineFixture();
        fixture.client.newDeployResourceCommand().addProcessModel(MODEL, "owned.bpmn").send().join();
        // the database ends the first engine's session, as a restart or a network cut would
        try (Connection c = fixture.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = 7413");
        }
        second = EngineServer.start(fixture.dataSource(), "127.0.0.1", 0);
        secondClient = EngineFixture.client(second.port());

        // its first write finds the old connection gone; every later one opens a new connection that
        // cannot take the lock the second engine holds, so none of them is stored
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> fixture.client.newCreateInstanceCommand().bpmnProcessId("owned").latestVersion().send().join())
                    .as("write %d of the engine that lost its lock", attempt)
                    .isInstanceOf(ClientStatusException.class)
                    .hasMessageContaining("could not store");
        }
        assertThat(secondClient.newCreateInstanceCommand().bpmnProcessId("owned").latestVersion().send().join()
                .getProcessInstanceKey()).isPositive();
    }
}
