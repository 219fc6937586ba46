package dev.vetted.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak from its Maven Central distribution as a child process, with the vetted realm imported
 * on first start. Its data goes to the database it is given, so users and sessions survive.
 */
final class KeycloakServer implements AutoCloseable {

    static final String VERSION = "26.7.3";

    private final Process process;
    private final String url;

    private KeycloakServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts Keycloak and waits until it serves the vetted realm. */
    static KeycloakServer start(Path home, Path log, int port, String dbUrl, String dbUser, String dbPassword)
            throws IOException, InterruptedException {
        KeycloakServer server = launch(home, log, port, dbUrl, dbUser, dbPassword);
        try {
            server.awaitRealm(log);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts Keycloak without waiting for it, so other work can start beside it; {@link #awaitRealm} waits.
     *
     * @param dbUrl a PostgreSQL JDBC URL for Keycloak's own database, or null for its file store
     */
    static KeycloakServer launch(Path home, Path log, int port, String dbUrl, String dbUser, String dbPassword)
            throws IOException {
        Path dist = home.resolve("web/target/keycloak/keycloak-" + VERSION);
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + dist + "; build first (./vetted run does)");
        }
        Path imports = dist.resolve("data/import");
        Files.createDirectories(imports);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(imports, "*.json")) {
            for (Path p : old) Files.delete(p);
        }
        Files.copy(home.resolve("deploy/keycloak/vetted-realm.json"), imports.resolve("vetted-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);

        String url = "http://localhost:" + port;
        List<String> command = new ArrayList<>(List.of("bash", dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + (port + 1), "--hostname=" + url, "--import-realm"));
        if (dbUrl != null) {
            command.addAll(List.of("--db=postgres", "--db-url=" + dbUrl, "--db-username=" + dbUser, "--db-password=" + dbPassword));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the C1 compiler alone and a class-data archive of its own (made on its first start) start it sooner
        Path archive = log.toAbsolutePath().getParent().resolve("cds/keycloak-" + VERSION + ".jsa");
        Files.createDirectories(archive.getParent());
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + archive);
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return new KeycloakServer(builder.start(), url);
    }

    /** The desk's sign-in may return to an app on this port (the realm file names only 8080). */
    void allowAppOn(int appPort) throws IOException, InterruptedException {
        new SignInRedirects(url).allow(appPort, System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
    }

    String realmUrl() {
        return url + "/realms/vetted";
    }

    String url() {
        return url;
    }

    /** Waits (up to four minutes) until the realm's discovery document is served. */
    void awaitRealm(Path log) throws InterruptedException {
        Duration limit = Duration.ofMinutes(4);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Keycloak did not serve the vetted realm within " + limit.toMinutes() + " minutes; see " + log);
    }

    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
