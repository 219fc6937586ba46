package dev.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lets the desk's sign-in come back to the port the app listens on. The realm file names port
 * 8080, and Keycloak imports it only once (the realm then lives in its database), so the client's
 * redirect and post-logout addresses are set through Keycloak's admin API at every start.
 */
final class SignInRedirects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloak;

    SignInRedirects(String keycloakUrl) {
        this.keycloak = keycloakUrl;
    }

    /** Adds http://localhost:PORT/* and http://127.0.0.1:PORT/* to the vetted-web client; nothing when they are there. */
    void allow(int appPort, String adminUser, String adminPassword) throws IOException, InterruptedException {
        String token = adminToken(adminUser, adminPassword);
        JsonNode found = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/vetted/clients?clientId=vetted-web"))
                .header("Authorization", "Bearer " + token).GET().build());
        if (!found.isArray() || found.isEmpty()) throw new IllegalStateException("the vetted realm has no vetted-web client");
        ObjectNode client = (ObjectNode) found.get(0);
        Set<String> wanted = Set.of("http://localhost:" + appPort + "/*", "http://127.0.0.1:" + appPort + "/*");
        Set<String> redirects = new LinkedHashSet<>();
        client.withArray("redirectUris").forEach(n -> redirects.add(n.asText()));
        ObjectNode attributes = client.with("attributes");
        Set<String> logouts = new LinkedHashSet<>(java.util.Arrays.asList(attributes.path("post.logout.redirect.uris").asText("").split("##")));
        logouts.remove("");
        if (redirects.containsAll(wanted) && logouts.containsAll(wanted)) return;
        redirects.addAll(wanted);
        logouts.addAll(wanted);
        ArrayNode list = client.putArray("redirectUris");
        redirects.forEach(list::add);
        attributes.put("post.logout.redirect.uris", String.join("##", logouts));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/vetted/clients/" + client.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused the sign-in addresses for port " + appPort + ": " + put.statusCode());
        }
    }

    private String adminToken(String user, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (!answer.hasNonNull("access_token")) throw new IllegalStateException("Keycloak's admin sign-in failed");
        return answer.get("access_token").asText();
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.uri().getPath());
        }
        return JSON.readTree(response.body());
    }
}
