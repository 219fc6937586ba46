package dev.vetted.workflow.engine.gateway;

import dev.vetted.workflow.engine.Engine;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The engine behind a Zeebe gateway endpoint: what a Camunda client connects to with
 * {@code grpcAddress("http://host:port")}.
 */
public final class EngineServer implements AutoCloseable {

    private final Engine engine;
    private final Server server;
    private final ExecutorService executor;

    private EngineServer(Engine engine, Server server, ExecutorService executor) {
        this.engine = engine;
        this.server = server;
        this.executor = executor;
    }

    /** Starts the engine on the database and serves it on host:port (port 0 picks a free one). */
    public static EngineServer start(DataSource dataSource, String host, int port) {
        Engine engine = Engine.start(dataSource);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "vetted-gateway");
            t.setDaemon(true);
            return t;
        });
        try {
            Server[] self = new Server[1];
            GatewayService service = new GatewayService(engine, host, () -> self[0].getPort());
            Server server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                    .addService(service)
                    .executor(executor)
                    .maxInboundMessageSize(16 * 1024 * 1024)
                    .permitKeepAliveWithoutCalls(true)
                    .permitKeepAliveTime(10, TimeUnit.SECONDS)
                    .build()
                    .start();
            self[0] = server;
            return new EngineServer(engine, server, executor);
        } catch (IOException e) {
            engine.close();
            executor.shutdownNow();
            throw new UncheckedIOException("the engine could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port();
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        // long polls would hold a graceful shutdown for their whole request timeout: cancel them
        server.shutdownNow();
        engine.close();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
