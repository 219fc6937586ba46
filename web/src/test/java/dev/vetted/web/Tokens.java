package dev.vetted.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak (password grant through the public vetted-cli client). */
public final class Tokens {

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    /** A token of the demo user (whose password is the username), fresh for at least a minute. */
    public static String of(String user) {
        Cached cached = CACHE.get(user);
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(60))) return cached.token();
        JsonNode answer = request("vetted", "vetted-cli", user);
        String token = answer.get("access_token").asText();
        CACHE.put(user, new Cached(token, Instant.now().plusSeconds(answer.get("expires_in").asLong())));
        return token;
    }

    public static String fromRealm(String realm, String client, String user) {
        return request(realm, client, user).get("access_token").asText();
    }

    private static JsonNode request(String realm, String client, String user) {
        String form = "grant_type=password&client_id=" + client + "&username=" + enc(user) + "&password=" + enc(user);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(KeycloakResource.url + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + " in " + realm + ": " + response.body());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("no token for " + user + " in " + realm, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
