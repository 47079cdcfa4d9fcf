package io.airisk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests that {@code ./mvnw package} generates (target/kubernetes/kubernetes.yml), read as
 * a platform engineer reads them before applying: what runs, how it is probed, what it may do,
 * where its settings and secrets come from, how it scales and how it stops.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");

    private static List<JsonNode> resources;
    private static JsonNode deployment;
    private static JsonNode container;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        resources = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(MANIFEST.toFile())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(resources::add);
        }
        deployment = only("Deployment");
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        container = containers.get(0);
    }

    @Test
    void shouldHoldTheServiceAndNothingThatNeedsMoreThanTheCoreApi() {
        assertThat(resources)
                .extracting(r -> r.path("kind").asText())
                .containsExactlyInAnyOrder(
                        "Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget");
        for (JsonNode resource : resources) {
            assertThat(resource.at("/metadata/name").asText()).startsWith("airisk");
        }
    }

    @Test
    void shouldRouteTheServiceToTheHttpPortOfThePods() {
        JsonNode service = only("Service");
        JsonNode port = service.at("/spec/ports/0");
        assertThat(port.path("targetPort").asInt()).isEqualTo(httpPort());
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(httpPort());
        assertThat(labels(deployment.at("/spec/template/metadata/labels")))
                .as("the Service's selector picks the pods")
                .containsAllEntriesOf(labels(service.at("/spec/selector")));
        assertThat(labels(deployment.at("/spec/selector/matchLabels")))
                .as("no version in the immutable selector, so that the next release applies in place")
                .containsAllEntriesOf(labels(service.at("/spec/selector")))
                .doesNotContainKey("app.kubernetes.io/version");
    }

    @Test
    void shouldProbeTheHealthEndpoints() {
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asInt())
                    .as(probe)
                    .isEqualTo(httpPort());
        }
        JsonNode startup = container.path("startupProbe");
        assertThat(startup.path("periodSeconds").asInt()
                        * startup.path("failureThreshold").asInt())
                .as("seconds allowed for start-up and migrations")
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void shouldRequestAndLimitResources() {
        JsonNode resources = container.path("resources");
        for (String bound : List.of("requests", "limits")) {
            assertThat(resources.at("/" + bound + "/cpu").asText()).as(bound).isNotEmpty();
            assertThat(resources.at("/" + bound + "/memory").asText()).as(bound).isNotEmpty();
        }
        assertThat(resources.at("/requests/memory").asText())
                .as("memory requested as limited: the pod is never evicted for what it was promised")
                .isEqualTo(resources.at("/limits/memory").asText());
    }

    @Test
    void shouldRunUnprivilegedOnAReadOnlyRootFilesystemWithAWritableTmp() {
        JsonNode context = container.path("securityContext");
        assertThat(context.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(context.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(context.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(context.path("privileged").asBoolean(true)).isFalse();
        assertThat(context.at("/capabilities/drop"))
                .extracting(JsonNode::asText)
                .containsExactly("ALL");
        assertThat(context.at("/capabilities/add").isMissingNode()).isTrue();
        assertThat(deployment
                        .at("/spec/template/spec/securityContext/runAsNonRoot")
                        .asBoolean())
                .isTrue();
        assertThat(deployment
                        .at("/spec/template/spec/automountServiceAccountToken")
                        .asBoolean(true))
                .isFalse();

        JsonNode tmp = stream(container.path("volumeMounts"))
                .filter(mount -> mount.path("mountPath").asText().equals("/tmp"))
                .findFirst()
                .orElseThrow();
        assertThat(tmp.path("readOnly").asBoolean(false)).isFalse();
        JsonNode volume = stream(deployment.at("/spec/template/spec/volumes"))
                .filter(v -> v.path("name").asText().equals(tmp.path("name").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(volume.has("emptyDir")).as("/tmp is an emptyDir").isTrue();
    }

    @Test
    void shouldTakeCredentialsFromSecretsAndSettingsFromTheConfigMap() {
        JsonNode env = container.path("env");
        for (String variable : List.of("AIRISK_DB_USER", "AIRISK_DB_PASSWORD", "AIRISK_BOOTSTRAP_ADMIN_KEY")) {
            JsonNode entry = stream(env)
                    .filter(e -> e.path("name").asText().equals(variable))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(variable + " is not set"));
            assertThat(entry.at("/valueFrom/secretKeyRef/name").asText())
                    .as(variable)
                    .isNotEmpty();
            assertThat(entry.has("value"))
                    .as(variable + " has no literal value")
                    .isFalse();
        }
        String configMap = container.at("/envFrom/0/configMapRef/name").asText();
        JsonNode settings = only("ConfigMap");
        assertThat(settings.at("/metadata/name").asText()).isEqualTo(configMap);
        assertThat(fieldNames(settings.path("data")))
                .contains("AIRISK_DB_URL", "QUARKUS_SHUTDOWN_DELAY")
                .noneMatch(name -> name.contains("PASSWORD") || name.contains("KEY"));
        assertThat(settings.at("/data/AIRISK_DB_URL").asText()).startsWith("jdbc:postgresql://");
        assertThat(stream(env))
                .as("no variable switches Flyway off: the pods migrate at start")
                .noneMatch(e -> e.path("name").asText().startsWith("QUARKUS_FLYWAY"));
        assertThat(deployment.at("/spec/template/spec/initContainers").isMissingNode())
                .isTrue();
    }

    @Test
    void shouldStopReceivingTrafficBeforeItStops() throws IOException {
        JsonNode settings = only("ConfigMap");
        Duration delay = Duration.parse(
                "PT" + settings.at("/data/QUARKUS_SHUTDOWN_DELAY").asText().toUpperCase());
        Duration timeout = Duration.parse("PT"
                + applicationProperties()
                        .getProperty("quarkus.shutdown.timeout")
                        .toUpperCase());
        assertThat(applicationProperties().getProperty("quarkus.shutdown.delay-enabled"))
                .isEqualTo("true");
        assertThat(delay)
                .as("readiness fails for long enough that the next probe sees it")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(
                        container.at("/readinessProbe/periodSeconds").asInt()));
        long grace = deployment
                .at("/spec/template/spec/terminationGracePeriodSeconds")
                .asLong();
        assertThat(Duration.ofSeconds(grace))
                .as("Kubernetes waits for the delay and the requests in flight before it kills")
                .isGreaterThan(delay.plus(timeout));
    }

    @Test
    void shouldScaleOnCpuAndKeepAPodThroughDisruptions() {
        JsonNode autoscaler = only("HorizontalPodAutoscaler");
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt())
                .isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");

        JsonNode budget = only("PodDisruptionBudget");
        assertThat(budget.at("/spec/minAvailable").asInt()).isPositive();
        assertThat(labels(deployment.at("/spec/template/metadata/labels")))
                .as("the budget's selector picks the pods")
                .containsAllEntriesOf(labels(budget.at("/spec/selector/matchLabels")));
    }

    @Test
    void shouldLetPrometheusScrapeThePods() {
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asInt()).isEqualTo(httpPort());
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields()
                .forEachRemaining(
                        label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static int httpPort() {
        try {
            return Integer.parseInt(applicationProperties().getProperty("quarkus.http.port"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
