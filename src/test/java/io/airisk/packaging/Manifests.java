package io.airisk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Kubernetes objects read from a multi-document YAML stream, as the manifest tests look them up: by
 * kind, with the few readings (labels, arrays, the HTTP port) that they share.
 */
record Manifests(List<JsonNode> objects) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static Manifests read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifests parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(object -> {
                if (!object.isEmpty()) {
                    objects.add(object);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(List.copyOf(objects));
    }

    /** The one object of this kind; fails when there are none or several. */
    JsonNode only(String kind) {
        List<JsonNode> found = all(kind);
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    List<JsonNode> all(String kind) {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .toList();
    }

    boolean has(String kind) {
        return !all(kind).isEmpty();
    }

    /**
     * The objects by kind and name, each with its lists of named elements (env, containers,
     * volumes...) in the order of their names. The generator writes map keys and the env list in an
     * order that changes from one build to the next; neither order means anything to Kubernetes, and
     * maps compare without it.
     */
    Map<String, JsonNode> byKindAndName() {
        Map<String, JsonNode> objects = new TreeMap<>();
        for (JsonNode object : this.objects) {
            String key = object.path("kind").asText() + " "
                    + object.at("/metadata/name").asText();
            assertThat(objects.put(key, namedInOrder(object)))
                    .as("two of " + key)
                    .isNull();
        }
        return objects;
    }

    private static JsonNode namedInOrder(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = node.deepCopy();
            copy.fields().forEachRemaining(field -> field.setValue(namedInOrder(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> elements = stream(node).map(Manifests::namedInOrder).toList();
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            if (elements.stream().allMatch(element -> element.path("name").isTextual())) {
                elements = elements.stream()
                        .sorted(Comparator.comparing(
                                element -> element.path("name").asText()))
                        .toList();
            }
            copy.addAll(elements);
            return copy;
        }
        return node;
    }

    List<String> kinds() {
        return objects.stream().map(object -> object.path("kind").asText()).toList();
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields()
                .forEachRemaining(
                        label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The element of an array of objects whose {@code name} is this one. */
    static JsonNode named(JsonNode array, String name) {
        return stream(array)
                .filter(element -> element.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no element named " + name + " in " + array));
    }

    static int httpPort() {
        return Integer.parseInt(applicationProperties().getProperty("quarkus.http.port"));
    }

    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
