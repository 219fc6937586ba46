package dev.vetted.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A real Keycloak from its Maven Central distribution, started once per test run on free ports
 * with the product's realm (plus a test client whose tokens expire after a second, and a second
 * realm), on a PostgreSQL of its own. Requests without an Authorization header get dana's token.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DIST = Path.of("target/keycloak/keycloak-26.7.3");
    private static Process keycloak;
    private static EmbeddedPostgres database;
    public static String url;

    @Override
    public Map<String, String> start() {
        synchronized (KeycloakResource.class) {
            if (keycloak == null) launch();
        }
        RestAssured.filters((request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization") && !request.getURI().contains("/q/")) {
                request.header("Authorization", "Bearer " + Tokens.of("dana"));
            }
            return context.next(request, response);
        });
        return Map.of("quarkus.oidc.auth-server-url", url + "/realms/vetted");
    }

    @Override
    public void stop() {
        // Keycloak outlives profile changes; it stops with the test JVM
    }

    private static void launch() {
        try {
            database = EmbeddedPostgres.builder().start();
            try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database keycloak");
            }
            int port = freePort();
            int management = freePort();
            url = "http://localhost:" + port;
            writeRealms();
            String javaHome = System.getProperty("java.home");
            ProcessBuilder builder = new ProcessBuilder("bash", DIST.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + management, "--hostname=" + url,
                    "--db=postgres", "--db-url=" + database.getJdbcUrl("postgres", "keycloak"),
                    "--db-username=postgres", "--db-password=postgres", "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/keycloak.log"));
            builder.environment().put("JAVA_HOME", javaHome);
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            keycloak = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.destroy();
                try {
                    keycloak.waitFor();
                    database.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            awaitRealm("vetted");
            awaitRealm("other");
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not start; see web/target/keycloak.log", e);
        }
    }

    /** The product realm, with a test-only client whose tokens live one second and a user without a desk role, and a second realm. */
    private static void writeRealms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Path.of("../deploy/keycloak/vetted-realm.json").toFile());
        for (var client : realm.get("clients")) {
            // the app under test listens on Quarkus' test port
            if (client.get("clientId").asText().equals("vetted-web")) ((ArrayNode) client.get("redirectUris")).add("http://localhost:8081/*");
        }
        ObjectNode expiring = ((ArrayNode) realm.get("clients")).addObject();
        expiring.put("clientId", "vetted-test-expiring").put("publicClient", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true).put("fullScopeAllowed", true)
                .putObject("attributes").put("access.token.lifespan", "1");
        // a signed-in person with no desk role (a reader of the realm), for what needs one
        ObjectNode reader = ((ArrayNode) realm.get("users")).addObject();
        reader.put("username", "rita").put("enabled", true).put("email", "rita@vetted.example").put("emailVerified", true)
                .put("firstName", "Rita").put("lastName", "Reader");
        reader.putArray("credentials").addObject().put("type", "password").put("value", "rita").put("temporary", false);
        reader.putArray("realmRoles");
        Path imports = DIST.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve("vetted-realm.json"), json.writeValueAsString(realm));
        Files.copy(Path.of("src/test/resources/keycloak/other-realm.json"), imports.resolve("other-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void awaitRealm(String realm) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        URI discovery = URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) throw new IllegalStateException("Keycloak exited with " + keycloak.exitValue());
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            keycloak.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Keycloak did not serve realm " + realm + " within 4 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
