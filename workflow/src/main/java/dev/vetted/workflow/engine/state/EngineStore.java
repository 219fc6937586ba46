package dev.vetted.workflow.engine.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.workflow.engine.model.ProcessDefinition;
import dev.vetted.workflow.engine.model.ProcessModel;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads and writes the engine's state in PostgreSQL tables of its own (schema `engine`). */
public final class EngineStore {

    public static final String SCHEMA = "engine";

    private final DataSource dataSource;
    /** The engine writes from one thread; keeping its connection saves a pool round trip per batch. */
    private Connection writer;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public EngineStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .table("engine_schema_history")
                .locations("classpath:db/engine")
                .load()
                .migrate();
    }

    /** Fills a fresh state from the tables; the caller rebuilds the element indexes. */
    public void load(EngineState state, BiFunction<String, byte[], List<ProcessModel>> reader) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select next_key from engine.key_sequence where id = 1")) {
                if (rs.next()) state.nextKey = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select key, bpmn_process_id, version, resource_name, checksum, resource"
                    + " from engine.process_definition order by key")) {
                while (rs.next()) {
                    String name = rs.getString(4);
                    byte[] resource = rs.getBytes(6);
                    String pid = rs.getString(2);
                    ProcessModel model = reader.apply(name, resource).stream()
                            .filter(m -> m.bpmnProcessId().equals(pid)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("stored resource " + name + " lacks process " + pid));
                    state.addDefinition(new ProcessDefinition(rs.getLong(1), pid, rs.getInt(3), name, rs.getString(5),
                            resource, model), false);
                }
            }
            try (ResultSet rs = s.executeQuery("select kind, data::text from engine.runtime_record order by key")) {
                while (rs.next()) {
                    String data = rs.getString(2);
                    switch (rs.getString(1)) {
                        case "instance" -> {
                            ProcessInstance instance = read(data, ProcessInstance.class);
                            state.instances.put(instance.key, instance);
                        }
                        case "job" -> state.save(read(data, Job.class));
                        case "message" -> state.save(read(data, BufferedMessage.class));
                        case "incident" -> state.save(read(data, Incident.class));
                        case "start-timer" -> state.save(read(data, StartTimer.class));
                        default -> throw new IllegalStateException("unknown record kind " + rs.getString(1));
                    }
                }
            }
        }
        state.takeChanges();
    }

    public void write(EngineState.Changes changes, long nextKey) throws SQLException {
        Connection c = writer();
        {
            try {
                if (!changes.definitions.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("insert into engine.process_definition"
                            + " (key, bpmn_process_id, version, resource_name, checksum, resource) values (?, ?, ?, ?, ?, ?)")) {
                        for (ProcessDefinition d : changes.definitions) {
                            ps.setLong(1, d.key());
                            ps.setString(2, d.bpmnProcessId());
                            ps.setInt(3, d.version());
                            ps.setString(4, d.resourceName());
                            ps.setString(5, d.checksum());
                            ps.setBytes(6, d.resource());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                if (!changes.saved.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("insert into engine.runtime_record (key, kind, data)"
                            + " values (?, ?, ?::jsonb) on conflict (key) do update set data = excluded.data")) {
                        for (Map.Entry<Long, Object> e : changes.saved.entrySet()) {
                            ps.setLong(1, e.getKey());
                            ps.setString(2, kind(e.getValue()));
                            ps.setString(3, json.writeValueAsString(e.getValue()));
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                if (!changes.deleted.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("delete from engine.runtime_record where key = any (?)")) {
                        Array keys = c.createArrayOf("bigint", changes.deleted.toArray());
                        ps.setArray(1, keys);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("insert into engine.key_sequence (id, next_key) values (1, ?)"
                        + " on conflict (id) do update set next_key = excluded.next_key")) {
                    ps.setLong(1, nextKey);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                dropWriter();
                if (e instanceof SQLException sql) throw sql;
                if (e instanceof RuntimeException r) throw r;
                throw new SQLException("could not serialise engine state", e);
            }
        }
    }

    /** The advisory lock that makes one engine the only writer of this state. */
    private static final long OWNER_LOCK = 7413;
    public static final String ANOTHER_ENGINE = "another process already runs the workflow engine on this database;"
            + " only one may (the app's embedded engine or ./vetted engine). Start further app replicas with"
            + " vetted.zeebe.embedded=false and vetted.zeebe.gateway-address pointing at that engine";

    /**
     * Takes the engine's ownership of its state: the session lock lives on the connection the
     * engine writes through, so a write can only ever go through a connection that holds it. After
     * the database restarts the lock is taken again with the new connection, or, if another engine
     * has it by then, every write of this one fails instead of mixing with the other's.
     */
    public void claimOwnership() throws SQLException {
        writer();
    }

    private Connection writer() throws SQLException {
        if (writer == null || writer.isClosed()) {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + OWNER_LOCK + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    c.close();
                    throw new IllegalStateException(ANOTHER_ENGINE);
                }
            }
            c.setAutoCommit(false);
            writer = c;
        }
        return writer;
    }

    private void dropWriter() {
        if (writer == null) return;
        try {
            writer.rollback();
            writer.close();
        } catch (SQLException ignored) {
            // the connection is broken already; a new one is opened for the next batch
        }
        writer = null;
    }

    public void close() {
        dropWriter();
    }

    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable engine record: " + e.getMessage(), e);
        }
    }

    private static String kind(Object record) {
        if (record instanceof ProcessInstance) return "instance";
        if (record instanceof Job) return "job";
        if (record instanceof BufferedMessage) return "message";
        if (record instanceof Incident) return "incident";
        if (record instanceof StartTimer) return "start-timer";
        throw new IllegalArgumentException("not an engine record: " + record);
    }

}
