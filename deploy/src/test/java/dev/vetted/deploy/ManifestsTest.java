package dev.vetted.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the production manifests without a cluster or Docker: they parse, every
 * file a kustomization names exists, the probes use the app's health endpoints, every setting
 * they pass is one the application reads, and compose and Kubernetes describe the same topology.
 */
class ManifestsTest {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Path K8S = HOME.resolve("deploy/k8s");
    private static final Path COMPOSE = HOME.resolve("deploy/compose/compose.yaml");
    /** Quarkus settings the manifests pass that application.properties leaves at their defaults. */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
            "quarkus.datasource.password", "quarkus.oidc.auth-server-url", "quarkus.http.port");

    @Test
    void everyManifestParsesAndEveryKustomizationNamesFilesThatExist() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (Path f : files) assertThat(documents(f)).as(f.toString()).isNotEmpty();
        for (Path k : files) {
            if (!k.getFileName().toString().equals("kustomization.yaml")) continue;
            Map<String, Object> kustomization = documents(k).get(0);
            for (Object resource : list(kustomization.get("resources"))) {
                Path target = k.getParent().resolve(resource.toString()).normalize();
                assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as(k + " names " + resource).isTrue();
            }
        }
    }

    @Test
    void theAppIsProbedOnItsHealthEndpointsAndRunsInReplicaMode() throws IOException {
        Map<String, Object> deployment = documents(K8S.resolve("base/deployment.yaml")).get(0);
        Map<String, Object> container = map(list(path(deployment, "spec", "template", "spec", "containers")).get(0));
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
        assertThat(path(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
        assertThat((Integer) path(deployment, "spec", "replicas")).isGreaterThan(1);

        Map<String, Object> config = map(documents(K8S.resolve("base/configmap.yaml")).get(0).get("data"));
        assertThat(config).containsEntry("VETTED_ZEEBE_EMBEDDED", "false").containsKey("VETTED_ZEEBE_GATEWAY_ADDRESS");

        // the own engine runs once: a second one on the same database is refused
        Map<String, Object> engine = documents(K8S.resolve("overlays/own-engine/engine.yaml")).get(0);
        assertThat(path(engine, "spec", "replicas")).isEqualTo(1);
        assertThat(path(engine, "spec", "strategy", "type")).isEqualTo("Recreate");

        // its gateway has no authentication: only the app's pods reach it
        Map<String, Object> policy = documents(K8S.resolve("overlays/own-engine/networkpolicy.yaml")).get(0);
        assertThat(policy.get("kind")).isEqualTo("NetworkPolicy");
        assertThat(path(policy, "spec", "podSelector", "matchLabels")).isEqualTo(path(engine, "spec", "selector", "matchLabels"));
        assertThat(path(policy, "spec", "policyTypes")).isEqualTo(List.of("Ingress"));
        List<?> from = list(path(map(list(path(policy, "spec", "ingress")).get(0)), "from"));
        assertThat(from).hasSize(1);
        assertThat(path(map(from.get(0)), "podSelector", "matchLabels")).isEqualTo(path(deployment, "spec", "selector", "matchLabels"));
        assertThat(String.valueOf(documents(K8S.resolve("overlays/own-engine/kustomization.yaml")).get(0).get("resources")))
                .contains("networkpolicy.yaml");
    }

    @Test
    void everySettingTheManifestsPassIsOneTheApplicationReads() throws IOException {
        Set<String> known = knownProperties();
        Set<String> passed = new HashSet<>();
        passed.addAll(map(documents(K8S.resolve("base/configmap.yaml")).get(0).get("data")).keySet());
        for (String overlay : List.of("production", "own-engine")) {
            Map<String, Object> k = documents(K8S.resolve("overlays/" + overlay + "/kustomization.yaml")).get(0);
            for (Object generator : list(k.get("configMapGenerator"))) {
                for (Object literal : list(map(generator).get("literals"))) passed.add(literal.toString().split("=", 2)[0]);
            }
        }
        Map<String, Object> container = map(list(path(documents(K8S.resolve("base/deployment.yaml")).get(0),
                "spec", "template", "spec", "containers")).get(0));
        for (Object env : list(container.get("env"))) passed.add(map(env).get("name").toString());
        Map<String, Object> compose = documents(COMPOSE).get(0);
        passed.addAll(map(path(compose, "services", "app-1", "environment")).keySet());

        for (String variable : passed) {
            if (variable.equals("JAVA_OPTS_APPEND")) continue; // read by the image's entrypoint
            assertThat(known).as(variable + " maps to a property the application reads").contains(variable);
        }
    }

    @Test
    void composeHasTheSameTopologyAsTheReplicaTest() throws IOException {
        Map<String, Object> compose = documents(COMPOSE).get(0);
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("postgres", "keycloak", "engine", "app-1", "app-2", "balancer");
        for (String app : List.of("app-1", "app-2")) {
            Map<String, Object> env = map(path(compose, "services", app, "environment"));
            assertThat(env).containsEntry("VETTED_ZEEBE_EMBEDDED", "false")
                    .containsEntry("VETTED_ZEEBE_GATEWAY_ADDRESS", "http://engine:26500");
        }
        assertThat(path(compose, "services", "engine", "command")).isEqualTo(List.of("engine"));
        Map<String, Object> deployment = documents(K8S.resolve("base/deployment.yaml")).get(0);
        String image = map(list(path(deployment, "spec", "template", "spec", "containers")).get(0)).get("image").toString();
        assertThat(path(compose, "services", "app-1", "image")).isEqualTo(image);
        assertThat(Files.readString(HOME.resolve("deploy/compose/nginx.conf"))).contains("server app-1:8080", "server app-2:8080",
                "proxy_buffering off");
    }

    /** Environment variable names of every vetted.* property read in the sources and every key in application.properties. */
    private static Set<String> knownProperties() throws IOException {
        Set<String> names = new HashSet<>(QUARKUS_DEFAULTS);
        Pattern configProperty = Pattern.compile("name = \"([a-z0-9.\\-]+)\"");
        try (Stream<Path> sources = Files.walk(HOME)) {
            for (Path p : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
                String source = Files.readString(p);
                Matcher m = configProperty.matcher(source);
                while (m.find()) names.add(m.group(1));
                names.addAll(mappedProperties(source));
            }
        }
        for (String line : Files.readAllLines(HOME.resolve("web/src/main/resources/application.properties"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) continue;
            names.add(l.substring(0, l.indexOf('=')).replaceFirst("^%[a-z]+\\.", ""));
        }
        Set<String> env = new HashSet<>();
        for (String n : names) env.add(n.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        return env;
    }

    /** The properties a @ConfigMapping interface reads: its prefix and each method's name in kebab case. */
    private static Set<String> mappedProperties(String source) {
        Matcher prefix = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z0-9.\\-]+)\"\\)").matcher(source);
        if (!prefix.find()) return Set.of();
        Set<String> found = new HashSet<>();
        Matcher method = Pattern.compile("(?m)^\\s+[\\w<>, ]+ (\\w+)\\(\\);").matcher(source);
        while (method.find()) {
            found.add(prefix.group(1) + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
        }
        return found;
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> k8s = Files.walk(K8S)) {
            k8s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        files.add(COMPOSE);
        return files;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(Files.readString(file))) {
            if (doc != null) docs.add((Map<String, Object>) doc);
        }
        return docs;
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object at = root;
        for (String k : keys) {
            assertThat(at).as("a map above " + k).isInstanceOf(Map.class);
            at = ((Map<?, ?>) at).get(k);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}
