package io.airisk.packaging;

import static io.airisk.packaging.Manifests.httpPort;
import static io.airisk.packaging.Manifests.labels;
import static io.airisk.packaging.Manifests.named;
import static io.airisk.packaging.Manifests.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kustomize base and overlays in deploy/kubernetes, rendered by {@code kubectl kustomize} as
 * {@code kubectl apply -k} renders them, every object validated against the Kubernetes API's schema
 * ({@link KubernetesSchema}), then read for what each must hold: the autoscaler alone owns the
 * replica count, only the ingress controller and the scraper may connect, the pods alone carry the
 * scrape annotations, the pods spread over nodes and zones, /tmp is bounded, the bootstrap Secret is
 * optional, and dev differs from prod only where it means to.
 */
class KubernetesOverlaysIT {

    private static final Path ROOT = Path.of("deploy", "kubernetes");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    /** What the service wrote to /tmp once its static files and Swagger UI were all served. */
    private static final long TMP_WRITTEN_BYTES = 4_523_850;

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldRenderObjectsThatTheKubernetesApiAccepts(String overlay) {
        Manifests manifests = rendered(overlay);
        assertThat(manifests.kinds()).contains("Deployment", "Service", "ConfigMap", "NetworkPolicy");
        assertThat(manifests.objects().stream()
                        .flatMap(object -> KubernetesSchema.findings(object).stream())
                        .toList())
                .as(overlay + ": objects the API server would refuse or change")
                .isEmpty();
    }

    /** Each a change to the rendered prod Deployment that the API would refuse. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "a misspelt field",
                "a field in the wrong place",
                "no container name",
                "a spread constraint without its key",
                "a word for a number",
                "a size that is not a quantity",
                "two volumes of one name",
                "an unknown kind"
            })
    void shouldFindWhatTheApiWouldRefuse(String change) {
        ObjectNode deployment = rendered("overlays/prod").only("Deployment").deepCopy();
        ObjectNode pod = (ObjectNode) deployment.at("/spec/template/spec");
        ObjectNode container = (ObjectNode) pod.at("/containers/0");
        ObjectNode hostname = (ObjectNode) pod.at("/topologySpreadConstraints/0");
        ObjectNode tmp = (ObjectNode) pod.at("/volumes/0");
        ObjectNode emptyDir = (ObjectNode) tmp.path("emptyDir");
        switch (change) {
            case "a misspelt field" -> emptyDir.set("sizeLimt", emptyDir.remove("sizeLimit"));
            case "a field in the wrong place" -> container.put("replicas", 2);
            case "no container name" -> container.remove("name");
            case "a spread constraint without its key" -> hostname.remove("topologyKey");
            case "a word for a number" -> hostname.put("maxSkew", "one");
            case "a size that is not a quantity" -> emptyDir.put("sizeLimit", "64 MB");
            case "two volumes of one name" -> pod.withArray("volumes").add(tmp.deepCopy());
            case "an unknown kind" -> deployment.put("kind", "Deployement");
            default -> fail("no such change: " + change);
        }
        assertThat(KubernetesSchema.findings(deployment)).as(change).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLeaveTheReplicaCountToTheAutoscaler(String overlay) {
        Manifests manifests = rendered(overlay);
        JsonNode deployment = manifests.only("Deployment");
        JsonNode autoscaler = manifests.only("HorizontalPodAutoscaler");
        assertThat(autoscaler.at("/spec/scaleTargetRef/apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.path("spec").has("replicas"))
                .as("a replica count beside the autoscaler is set back by every kubectl apply")
                .isFalse();
        JsonNode budget = manifests.only("PodDisruptionBudget");
        assertThat(budget.at("/spec/minAvailable").asInt())
                .as("a drain keeps a pod, and can still move the others")
                .isPositive()
                .isLessThan(autoscaler.at("/spec/minReplicas").asInt());
    }

    @Test
    void shouldRunOnePodWithoutAutoscalerOrBudgetInDev() {
        Manifests dev = rendered("overlays/dev");
        assertThat(dev.only("Deployment").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(dev.kinds())
                .as("no autoscaler to own the count; no budget to block every drain of the one pod")
                .doesNotContain("HorizontalPodAutoscaler", "PodDisruptionBudget");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldAdmitOnlyTheIngressControllerAndTheScraper(String overlay) {
        Manifests manifests = rendered(overlay);
        JsonNode deployment = manifests.only("Deployment");
        JsonNode settings = manifests.only("ConfigMap");
        assertThat(settings.at("/data/QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING")
                        .asText())
                .isEqualTo("true");
        assertThat(settings.at("/data/QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText())
                .isNotBlank();

        JsonNode policy = manifests.only("NetworkPolicy");
        assertThat(policy.at("/metadata/namespace").asText())
                .isEqualTo(deployment.at("/metadata/namespace").asText());
        JsonNode selector = policy.at("/spec/podSelector/matchLabels");
        assertThat(labels(selector)).as("the policy selects some pods, not all").isNotEmpty();
        assertThat(labels(deployment.at("/spec/template/metadata/labels")))
                .as("the policy selects the service's pods")
                .containsAllEntriesOf(labels(selector));
        assertThat(policy.at("/spec/policyTypes")).extracting(JsonNode::asText).contains("Ingress");

        JsonNode rules = policy.at("/spec/ingress");
        assertThat(rules)
                .as("one rule for the ingress controller, one for the scraper")
                .hasSize(2);
        JsonNode containerPort = named(deployment.at("/spec/template/spec/containers/0/ports"), "http");
        assertThat(containerPort.path("containerPort").asInt()).isEqualTo(httpPort());
        for (JsonNode rule : rules) {
            assertThat(rule.path("from"))
                    .as("a rule without peers admits every pod")
                    .isNotEmpty();
            for (JsonNode peer : rule.path("from")) {
                assertThat(peer.has("ipBlock"))
                        .as("addresses, not pods: a pod may hold any of them")
                        .isFalse();
                assertThat(labels(peer.at("/namespaceSelector/matchLabels")))
                        .as("the peer's namespace")
                        .isNotEmpty();
                assertThat(labels(peer.at("/podSelector/matchLabels")))
                        .as("the peer's pods, within its namespace: without them, any pod there")
                        .isNotEmpty();
            }
            assertThat(rule.path("ports"))
                    .as("a rule without ports admits every port")
                    .isNotEmpty();
            for (JsonNode port : rule.path("ports")) {
                assertThat(port.path("port").asText())
                        .as("the HTTP port, which serves the API and /q/metrics")
                        .isIn("http", String.valueOf(httpPort()));
                assertThat(port.path("protocol").asText("TCP")).isEqualTo("TCP");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldAnnotateOnlyThePodsForScraping(String overlay) {
        Manifests manifests = rendered(overlay);
        for (JsonNode object : manifests.objects()) {
            assertThat(Manifests.fieldNames(object.at("/metadata/annotations")))
                    .as(object.path("kind").asText() + ": scraped through its pods already")
                    .noneMatch(name -> name.startsWith("prometheus.io/"));
        }
        JsonNode annotations = manifests.only("Deployment").at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asInt()).isEqualTo(httpPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldSpreadThePodsOverNodesAndZones(String overlay) {
        JsonNode pod = rendered(overlay).only("Deployment").at("/spec/template");
        Map<String, String> podLabels = labels(pod.at("/metadata/labels"));
        JsonNode constraints = pod.at("/spec/topologySpreadConstraints");
        JsonNode byNode = constraintOn(constraints, "kubernetes.io/hostname");
        assertThat(byNode.path("whenUnsatisfiable").asText())
                .as("never two pods on a node while another node could take one")
                .isEqualTo("DoNotSchedule");
        assertThat(byNode.path("maxSkew").asInt()).isEqualTo(1);
        JsonNode byZone = constraintOn(constraints, "topology.kubernetes.io/zone");
        assertThat(byZone.path("whenUnsatisfiable").asText())
                .as("zones as far as they have room")
                .isEqualTo("ScheduleAnyway");
        for (JsonNode constraint : constraints) {
            assertThat(podLabels)
                    .as("the constraint counts the service's pods")
                    .containsAllEntriesOf(labels(constraint.at("/labelSelector/matchLabels")));
            assertThat(constraint.path("matchLabelKeys"))
                    .extracting(JsonNode::asText)
                    .as("only the pods of the current revision")
                    .contains("pod-template-hash");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldBoundTheWritableTmp(String overlay) {
        JsonNode pod = rendered(overlay).only("Deployment").at("/spec/template/spec");
        JsonNode mount = stream(pod.at("/containers/0/volumeMounts"))
                .filter(m -> m.path("mountPath").asText().equals("/tmp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("/tmp is not mounted"));
        JsonNode volume = named(pod.path("volumes"), mount.path("name").asText());
        String sizeLimit = volume.at("/emptyDir/sizeLimit").asText();
        assertThat(sizeLimit).as("/tmp's size limit").isNotEmpty();
        assertThat(Quantity.fromString(sizeLimit).getNumber().longValueExact())
                .as("room for what the service writes there, and for a dozen restarts after a kill")
                .isGreaterThanOrEqualTo(12 * TMP_WRITTEN_BYTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldStartWithoutTheBootstrapSecret(String overlay) {
        JsonNode env = rendered(overlay).only("Deployment").at("/spec/template/spec/containers/0/env");
        JsonNode bootstrap = named(env, "AIRISK_BOOTSTRAP_ADMIN_KEY").at("/valueFrom/secretKeyRef");
        assertThat(bootstrap.path("name").asText()).isEqualTo("airisk-bootstrap");
        assertThat(bootstrap.path("optional").asBoolean())
                .as("read on the first start only; the Secret may be deleted once a key exists")
                .isTrue();
        for (String credential : List.of("AIRISK_DB_USER", "AIRISK_DB_PASSWORD")) {
            assertThat(named(env, credential)
                            .at("/valueFrom/secretKeyRef/optional")
                            .asBoolean(false))
                    .as(credential + ": without it the pod must not start")
                    .isFalse();
        }
    }

    @Test
    void shouldDifferBetweenDevAndProdOnlyAsIntended() {
        Manifests base = rendered("base");
        Manifests dev = rendered("overlays/dev");
        Manifests prod = rendered("overlays/prod");
        assertThat(dev.objects())
                .extracting(object -> object.at("/metadata/namespace").asText())
                .containsOnly("airisk-dev");
        assertThat(prod.objects())
                .extracting(object -> object.at("/metadata/namespace").asText())
                .containsOnly("airisk");
        assertThat(prod.kinds()).containsExactlyInAnyOrderElementsOf(base.kinds());

        String baseImage = image(base);
        assertThat(image(dev)).as("dev runs the image built locally").isEqualTo(baseImage);
        assertThat(image(prod))
                .as("prod pulls a release from a registry")
                .isNotEqualTo(baseImage)
                .matches("[^/]+\\.[^/]+/.+:[\\w.\\-]+");
        assertThat(cpuRequest(dev)).isNotEqualTo(cpuRequest(prod));

        UnaryOperator<JsonNode> withoutIntendedDifferences = deployment -> {
            ObjectNode copy = deployment.deepCopy();
            ((ObjectNode) copy.path("metadata")).remove("namespace");
            ((ObjectNode) copy.path("spec")).remove("replicas");
            ObjectNode container = (ObjectNode) copy.at("/spec/template/spec/containers/0");
            container.remove("image");
            ((ObjectNode) container.at("/resources/requests")).remove("cpu");
            return copy;
        };
        assertThat(withoutIntendedDifferences.apply(dev.only("Deployment")))
                .as("the same pods otherwise: security context, probes, spread, /tmp, settings, secrets")
                .isEqualTo(withoutIntendedDifferences.apply(prod.only("Deployment")));
        UnaryOperator<JsonNode> withoutNamespace = object -> {
            ObjectNode copy = object.deepCopy();
            ((ObjectNode) copy.path("metadata")).remove("namespace");
            return copy;
        };
        assertThat(withoutNamespace.apply(dev.only("Service"))).isEqualTo(withoutNamespace.apply(prod.only("Service")));
    }

    private static JsonNode constraintOn(JsonNode constraints, String topologyKey) {
        return stream(constraints)
                .filter(c -> c.path("topologyKey").asText().equals(topologyKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no spread over " + topologyKey));
    }

    private static String image(Manifests manifests) {
        return manifests
                .only("Deployment")
                .at("/spec/template/spec/containers/0/image")
                .asText();
    }

    private static String cpuRequest(Manifests manifests) {
        return manifests
                .only("Deployment")
                .at("/spec/template/spec/containers/0/resources/requests/cpu")
                .asText();
    }

    private static Manifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, KubernetesOverlaysIT::render);
    }

    /** {@code kubectl kustomize} of one folder under deploy/kubernetes. */
    private static Manifests render(String overlay) {
        Path folder = ROOT.resolve(overlay);
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", folder.toString()).start();
        } catch (IOException e) {
            throw new AssertionError(
                    "kubectl (with its built-in Kustomize v5) renders " + folder
                            + " and is not on the PATH: install kubectl 1.27 or later (.ci/run checks for it)",
                    e);
        }
        try {
            kubectl.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> text(kubectl.getErrorStream()));
            String rendered = text(kubectl.getInputStream());
            if (!kubectl.waitFor(60, TimeUnit.SECONDS)) {
                kubectl.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + folder + " did not finish in 60 s");
            }
            assertThat(kubectl.exitValue())
                    .as("kubectl kustomize " + folder + ": " + errors.join())
                    .isZero();
            return Manifests.parse(rendered);
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while kubectl kustomize " + folder + " ran", e);
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
