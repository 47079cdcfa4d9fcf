package io.airisk.questionnaire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airisk.engine.Effort;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables that publish questionnaire v3's calibration: the reference organisations as v3 scores
 * them, and every parameter of the definition with its source and how much the reference
 * organisations move when it moves by a fifth. {@link CalibrationTablesTest} holds the documents to
 * these tables; {@link #main} prints them to paste after a change of method.
 */
final class Calibration {

    static final Path SOURCES = Path.of("docs", "calibration", "parameter-sources-v3.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Calibration() {}

    public static void main(String[] args) {
        System.out.println(organisationsTable());
        System.out.println(parameterTable());
    }

    /** The reference organisations: index, band, and the plan's first three steps. */
    static String organisationsTable() {
        StringBuilder table =
                new StringBuilder("| organisation | index | band | leading recommendations |\n|---|---:|---|---|\n");
        ScoringEngine v3 = Questionnaires.v3Engine();
        for (ReferenceOrganisationsTest.Organisation organisation : organisations()) {
            ScoreResult result = v3.score(v3.parse(organisation.answers()));
            table.append("| ")
                    .append(organisation.name())
                    .append(" (`")
                    .append(organisation.id())
                    .append("`) | ")
                    .append(cents(result.overallRisk()))
                    .append(" | ")
                    .append(result.band())
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            result.recommendations().stream()
                                    .limit(3)
                                    .map(r -> "`" + r.id() + "`")
                                    .toList()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /**
     * Every parameter of v3 with its source, and what moving it by a fifth down and up does to the
     * reference organisations: the largest change of an index, and how many change band.
     */
    static String parameterTable() {
        Map<String, String> sources = sources();
        JsonNode definition = JSON.valueToTree(Questionnaires.v3());
        List<Parameter> parameters = parameters(definition);
        StringBuilder table = new StringBuilder("| parameter | value | source | largest index change, −20 % / +20 % |"
                + " band changes, −20 % / +20 % |\n|---|---|---|---|---|\n");
        List<Baseline> baseline = score(Questionnaires.v3());
        for (Parameter parameter : parameters) {
            String source = sources.get(parameter.key());
            if (source == null) {
                throw new IllegalStateException("No source for " + parameter.key() + " in " + SOURCES);
            }
            Effect down = effect(definition, parameter, 0.8, baseline);
            Effect up = effect(definition, parameter, 1.2, baseline);
            table.append("| `")
                    .append(parameter.key())
                    .append("` | ")
                    .append(parameter.value())
                    .append(" | ")
                    .append(source)
                    .append(" | ")
                    .append(cents(down.largestChange()))
                    .append(" / ")
                    .append(cents(up.largestChange()))
                    .append(" | ")
                    .append(down.bandChanges())
                    .append(" / ")
                    .append(up.bandChanges())
                    .append(" |\n");
        }
        String effort = sources.get("effort.units");
        table.append("| `effort.units` | LOW ")
                .append(Effort.LOW.units())
                .append(", MEDIUM ")
                .append(Effort.MEDIUM.units())
                .append(", HIGH ")
                .append(Effort.HIGH.units())
                .append(" | ")
                .append(effort)
                .append(" | orders the plan only | 0 / 0 |\n");
        return table.toString();
    }

    /** A parameter by key (kind, id, what) and its value as shown. */
    record Parameter(String key, String value) {}

    private record Baseline(double index, String band) {}

    private record Effect(double largestChange, int bandChanges) {}

    private static List<Parameter> parameters(JsonNode definition) {
        List<Parameter> parameters = new ArrayList<>();
        // Each parameter scales the copy it is given through a path re-resolved on that copy.
        for (int d = 0; d < definition.path("dimensions").size(); d++) {
            JsonNode dimension = definition.path("dimensions").get(d);
            parameters.add(new Parameter(
                    "dimension." + dimension.path("id").asText() + ".weight",
                    number(dimension.path("weight").doubleValue())));
        }
        for (int k = 0; k < definition.path("interactions").size(); k++) {
            JsonNode interaction = definition.path("interactions").get(k);
            parameters.add(new Parameter(
                    "interaction." + interaction.path("id").asText() + ".share",
                    number(interaction.path("weight").doubleValue())));
        }
        for (int b = 1; b < definition.path("bands").size(); b++) {
            JsonNode band = definition.path("bands").get(b);
            parameters.add(new Parameter(
                    "band." + band.path("id").asText() + ".from",
                    number(band.path("min").doubleValue())));
        }
        for (int q = 0; q < definition.path("questions").size(); q++) {
            JsonNode question = definition.path("questions").get(q);
            String id = question.path("id").asText();
            if (question.path("weight").doubleValue() > 0) {
                parameters.add(new Parameter(
                        "question." + id + ".weight",
                        number(question.path("weight").doubleValue())));
            }
            if (question.path("options").isArray()) {
                List<String> risks = new ArrayList<>();
                question.path("options")
                        .forEach(o -> risks.add(o.path("id").asText() + " "
                                + number(o.path("risk").doubleValue())));
                parameters.add(new Parameter("question." + id + ".risks", String.join(", ", risks)));
            }
            if (question.path("unknownRisk").isNumber()) {
                parameters.add(new Parameter(
                        "question." + id + ".unknownRisk",
                        number(question.path("unknownRisk").doubleValue())));
            }
        }
        for (int r = 0; r < definition.path("recommendations").size(); r++) {
            JsonNode rule = definition.path("recommendations").get(r);
            List<String> thresholds = new ArrayList<>();
            rule.path("triggers")
                    .forEach(t -> thresholds.add(t.path("questionId").asText() + " ≥ "
                            + number(t.path("minRisk").doubleValue())));
            parameters.add(new Parameter(
                    "recommendation." + rule.path("id").asText() + ".triggers", String.join(", ", thresholds)));
        }
        return parameters;
    }

    private static Effect effect(JsonNode definition, Parameter parameter, double factor, List<Baseline> baseline) {
        JsonNode copy = definition.deepCopy();
        scale(copy, parameter.key(), factor);
        Questionnaire changed = JSON.convertValue(copy, Questionnaire.class);
        List<Baseline> after = score(changed);
        double largest = 0;
        int bands = 0;
        for (int o = 0; o < after.size(); o++) {
            largest = Math.max(
                    largest, Math.abs(after.get(o).index() - baseline.get(o).index()));
            bands += after.get(o).band().equals(baseline.get(o).band()) ? 0 : 1;
        }
        return new Effect(largest, bands);
    }

    /**
     * Scales one parameter of a definition's JSON in place; risks and thresholds stay within [0, 1],
     * an unknown answer's risk within its question's riskiest answer.
     */
    private static void scale(JsonNode definition, String key, double factor) {
        String[] parts = key.split("\\.", 2);
        String kind = parts[0];
        String rest = parts[1];
        String id = rest.substring(0, rest.lastIndexOf('.'));
        String what = rest.substring(rest.lastIndexOf('.') + 1);
        switch (kind) {
            case "dimension" -> times(find(definition.path("dimensions"), id), "weight", factor, Double.MAX_VALUE);
            case "interaction" -> times(find(definition.path("interactions"), id), "weight", factor, 1);
            case "band" -> times(find(definition.path("bands"), id), "min", factor, 100);
            case "question" -> {
                ObjectNode question = find(definition.path("questions"), id);
                switch (what) {
                    case "weight" -> times(question, "weight", factor, Double.MAX_VALUE);
                    case "unknownRisk" -> times(question, "unknownRisk", factor, riskiest(question));
                    default -> {
                        question.path("options").forEach(o -> times((ObjectNode) o, "risk", factor, 1));
                        // "Unknown" is never riskier than the riskiest answer: it follows the options down.
                        if (question.path("unknownRisk").isNumber()) {
                            times(question, "unknownRisk", 1, riskiest(question));
                        }
                    }
                }
            }
            case "recommendation" ->
                find(definition.path("recommendations"), id)
                        .path("triggers")
                        .forEach(t -> times((ObjectNode) t, "minRisk", factor, 1));
            default -> throw new IllegalArgumentException(key);
        }
    }

    /** The riskiest answer's risk: the riskiest option's, or 1 for a question without options. */
    private static double riskiest(JsonNode question) {
        double riskiest = question.path("options").isArray() ? 0 : 1;
        for (JsonNode option : question.path("options")) {
            riskiest = Math.max(riskiest, option.path("risk").doubleValue());
        }
        return riskiest;
    }

    private static ObjectNode find(JsonNode array, String id) {
        for (JsonNode node : (ArrayNode) array) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void times(ObjectNode node, String field, double factor, double cap) {
        node.put(field, Math.min(cap, node.path(field).doubleValue() * factor));
    }

    private static List<Baseline> score(Questionnaire questionnaire) {
        ScoringEngine engine = new ScoringEngine(questionnaire);
        List<Baseline> scores = new ArrayList<>();
        for (ReferenceOrganisationsTest.Organisation organisation : organisations()) {
            ScoreResult result = engine.score(engine.parse(organisation.answers()));
            scores.add(new Baseline(result.overallRisk(), result.band().name()));
        }
        return scores;
    }

    private static List<ReferenceOrganisationsTest.Organisation> organisations() {
        try {
            return ReferenceOrganisationsTest.calibration().organisations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> sources() {
        try {
            return JSON.readValue(SOURCES.toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.valueOf(value);
    }

    private static String cents(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
