package dev.vetted.deploy.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desk's API as the harnesses use it, with real tokens from the local Keycloak. Every call
 * may meet an app that was just killed: a failure is an answer of -1, for the caller to retry.
 */
public final class DeskClient {

    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String realm;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokenTimes = new ConcurrentHashMap<>();

    public DeskClient(String base, String realmUrl) {
        this.base = base;
        this.realm = realmUrl;
    }

    public String base() {
        return base;
    }

    public Answer get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    public Answer post(String path, String user, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)), user);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A decision that moves a task of the step on (a check passes, a sign-off approves with TRUE). */
    public static Map<String, Object> passingDecision(String step) {
        return switch (step) {
            case "ATTRIBUTION" -> Map.of("decision", "CORRECT");
            case "CONFIRMATION" -> Map.of("decision", "CONFIRMED");
            default -> Map.of("decision", "APPROVE", "verdict", "TRUE");
        };
    }

    /** Who decides a task of the step in the harnesses: erin signs off, bob checks. */
    public static String decider(String step) {
        return step.equals("SIGNOFF") ? "erin" : "bob";
    }

    public boolean ready() {
        return get("/q/health/ready", null).status() == 200;
    }

    private Answer send(HttpRequest.Builder request, String user) {
        try {
            request.timeout(Duration.ofSeconds(30));
            if (user != null) request.header("Authorization", "Bearer " + token(user));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : readOrText(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            return new Answer(-1, JSON.getNodeFactory().textNode(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, JSON.nullNode());
        }
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    /** A demo user's token (the password is the user name), renewed a minute before it runs out. */
    String token(String user) throws IOException, InterruptedException {
        Instant got = tokenTimes.get(user);
        if (got == null || got.isBefore(Instant.now().minusSeconds(60))) {
            String form = "grant_type=password&client_id=vetted-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IOException("no token for " + user + ": " + response.statusCode());
            tokens.put(user, JSON.readTree(response.body()).get("access_token").asText());
            tokenTimes.put(user, Instant.now());
        }
        return tokens.get(user);
    }
}
