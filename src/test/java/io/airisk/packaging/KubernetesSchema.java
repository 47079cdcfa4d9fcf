package io.airisk.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates Kubernetes objects against the API's schema without a cluster: the object models of the
 * Kubernetes 1.32 API, generated from its OpenAPI document (io.kubernetes:client-java-api). For each
 * object, of a kind and API version known here:
 *
 * <ul>
 *   <li>every field, at every depth, is one that the schema defines (a misspelt or misplaced field
 *       fails here, as kubectl apply's strict field validation would fail it on a cluster);
 *   <li>every field that the schema requires is there (a container's {@code name}, a spread
 *       constraint's {@code topologyKey}, a Deployment's {@code selector}...);
 *   <li>every value has its type: objects, arrays and scalars where the schema says so; integers,
 *       booleans, quantities ({@code 64Mi}, {@code 500m}) and int-or-string ports that parse;
 *   <li>the elements of a list keyed by name (containers, env, volumes, ports...) have distinct
 *       names, as the API server requires of most of them (a volume mount's name is the volume's,
 *       and may repeat).
 * </ul>
 *
 * <p>Left to the tests that read the objects, or to the API server: enumerated values (the models
 * take any string), label and name syntax, and whether selectors and references match.
 */
final class KubernetesSchema {

    private interface Validator {
        void validate(String json) throws IOException;
    }

    private static final Map<String, Validator> BY_KIND = Map.of(
            "apps/v1 Deployment",
                    json -> {
                        V1Deployment.validateJsonElement(tree(json));
                        V1Deployment.fromJson(json);
                    },
            "v1 Service",
                    json -> {
                        V1Service.validateJsonElement(tree(json));
                        V1Service.fromJson(json);
                    },
            "v1 ConfigMap",
                    json -> {
                        V1ConfigMap.validateJsonElement(tree(json));
                        V1ConfigMap.fromJson(json);
                    },
            "autoscaling/v2 HorizontalPodAutoscaler",
                    json -> {
                        V2HorizontalPodAutoscaler.validateJsonElement(tree(json));
                        V2HorizontalPodAutoscaler.fromJson(json);
                    },
            "policy/v1 PodDisruptionBudget",
                    json -> {
                        V1PodDisruptionBudget.validateJsonElement(tree(json));
                        V1PodDisruptionBudget.fromJson(json);
                    },
            "networking.k8s.io/v1 NetworkPolicy",
                    json -> {
                        V1NetworkPolicy.validateJsonElement(tree(json));
                        V1NetworkPolicy.fromJson(json);
                    });

    private KubernetesSchema() {}

    /** What is wrong with this object, one line per finding; empty when the schema accepts it. */
    static List<String> findings(JsonNode object) {
        String id =
                object.path("apiVersion").asText() + " " + object.path("kind").asText();
        String where = id + " " + object.at("/metadata/name").asText();
        List<String> findings = new ArrayList<>();
        Validator validator = BY_KIND.get(id);
        if (validator == null) {
            findings.add(where + ": no schema for " + id + " here; known: " + BY_KIND.keySet());
            return findings;
        }
        try {
            validator.validate(object.toString());
        } catch (IOException | RuntimeException e) {
            findings.add(where + ": " + e.getMessage());
        }
        duplicateNames(object, "", where, findings);
        return findings;
    }

    private static JsonElement tree(String json) {
        return JsonParser.parseString(json);
    }

    private static void duplicateNames(JsonNode node, String path, String where, List<String> findings) {
        if (node.isArray()) {
            Set<String> names = new HashSet<>();
            // A volume may be mounted twice (at two paths): there the name is not the key.
            boolean keyedByName = !path.endsWith("/volumeMounts");
            for (JsonNode element : node) {
                JsonNode name = element.path("name");
                if (keyedByName && name.isTextual() && !names.add(name.asText())) {
                    findings.add(where + ": two elements named " + name.asText() + " in " + path);
                }
            }
            for (int i = 0; i < node.size(); i++) {
                duplicateNames(node.get(i), path + "/" + i, where, findings);
            }
        } else if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            field -> duplicateNames(field.getValue(), path + "/" + field.getKey(), where, findings));
        }
    }
}
