package dev.vetted.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void keepsCommittedRowsAcrossARestartWithDurableSettings() throws Exception {
        int port = freePort();
        Path data = dir.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port);
             Connection c = db.connect();
             Statement s = c.createStatement()) {
            assertThat(db.jdbcUrl()).endsWith(":" + port + "/vetted");
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            s.execute("create table note (text varchar(100))");
            s.execute("insert into note values ('survives a restart')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port);
             Connection c = db.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select text from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives a restart");
        }
    }

    @Test
    void refusesToKeepDataWhereTheBinariesAreUnpacked() {
        assertThatThrownBy(() -> EmbeddedDatabase.start(Path.of("/tmp/embedded-pg/data"), freePort()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/tmp/embedded-pg");
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
