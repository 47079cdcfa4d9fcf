package io.airisk.packaging;

import static io.airisk.packaging.Manifests.applicationProperties;
import static io.airisk.packaging.Manifests.fieldNames;
import static io.airisk.packaging.Manifests.httpPort;
import static io.airisk.packaging.Manifests.labels;
import static io.airisk.packaging.Manifests.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests that {@code ./mvnw package} generates (target/kubernetes/kubernetes.yml), read as
 * a platform engineer reads them before applying: what runs, how it is probed, what it may do,
 * where its settings and secrets come from, how it scales and how it stops; and that it is the
 * Kustomize base that deploy/kubernetes's overlays build on (KubernetesOverlaysIT reads those).
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final Path BASE = Path.of("deploy", "kubernetes", "base", "kubernetes.yml");

    private static Manifests manifests;
    private static JsonNode deployment;
    private static JsonNode container;

    @BeforeAll
    static void read() {
        manifests = Manifests.read(MANIFEST);
        deployment = only("Deployment");
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        container = containers.get(0);
    }

    @Test
    void shouldBeTheKustomizeBaseAsCommitted() {
        assertThat(Manifests.read(BASE).byKindAndName())
                .as(
                        "%s is a copy of what the build generates, and differs from it: after"
                                + " ./mvnw -B package -DskipTests, cp %s %s, and commit it",
                        BASE, MANIFEST, BASE)
                .isEqualTo(manifests.byKindAndName());
    }

    @Test
    void shouldHoldTheServiceAndNothingThatNeedsMoreThanTheCoreApi() {
        assertThat(manifests.kinds())
                .containsExactlyInAnyOrder(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "NetworkPolicy");
        for (JsonNode resource : manifests.objects()) {
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
        assertThat(deployment.path("spec").has("replicas"))
                .as("the autoscaler owns the count; one here would be set back by every kubectl apply")
                .isFalse();

        JsonNode budget = only("PodDisruptionBudget");
        assertThat(budget.at("/spec/minAvailable").asInt()).isPositive();
        assertThat(labels(deployment.at("/spec/template/metadata/labels")))
                .as("the budget's selector picks the pods")
                .containsAllEntriesOf(labels(budget.at("/spec/selector/matchLabels")));
    }

    @Test
    void shouldLetPrometheusScrapeThePodsOnce() {
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asInt()).isEqualTo(httpPort());
        for (JsonNode resource : manifests.objects()) {
            assertThat(fieldNames(resource.at("/metadata/annotations")))
                    .as(resource.path("kind").asText() + ": its pods are scraped already")
                    .noneMatch(name -> name.startsWith("prometheus.io/"));
        }
    }

    private static JsonNode only(String kind) {
        return manifests.only(kind);
    }
}
