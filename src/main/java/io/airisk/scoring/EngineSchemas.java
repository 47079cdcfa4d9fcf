package io.airisk.scoring;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the OpenAPI document cannot learn from the engine's records, which carry no framework
 * annotation: which of their properties are always present, and the schema of answers, which no
 * Java type holds (they stay plain JSON values until the engine checks them against their
 * questionnaire version). Fields elsewhere refer to {@value #ANSWERS} by name.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EngineSchemas implements OASFilter {

    public static final String ANSWERS = "Answers";
    public static final String ANSWER_VALUE = "AnswerValue";

    /** Each engine schema's properties that may be absent; all the others are always present. */
    private static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
            // unknownCount, range, unknowns and bundles are absent from results stored before they were added.
            Map.entry("ScoreResult", Set.of("unknownCount", "range", "unknowns", "bundles")),
            Map.entry("Range", Set.of()),
            Map.entry("UnknownAnswer", Set.of()),
            Map.entry("Bundle", Set.of()),
            Map.entry("Comparison", Set.of()),
            Map.entry("Effect", Set.of()),
            Map.entry("Delta", Set.of()),
            Map.entry("AnswerEffect", Set.of("before", "after")),
            Map.entry("Reference", Set.of()),
            Map.entry("Migration", Set.of()),
            Map.entry("QuestionMapping", Set.of("options")),
            Map.entry("DimensionScore", Set.of()),
            Map.entry("Contribution", Set.of("factor")),
            Map.entry("OverallTerm", Set.of()),
            // because is absent from results stored before it was added.
            Map.entry("Recommendation", Set.of("because", "target", "effort", "tradeOff", "reductionPerEffort")),
            Map.entry("Because", Set.of()),
            Map.entry("Questionnaire", Set.of("description", "migration")),
            Map.entry("Dimension", Set.of("description")),
            Map.entry(
                    "Question",
                    Set.of(
                            "options",
                            "min",
                            "max",
                            "unit",
                            "riskDirection",
                            "showIf",
                            "respondent",
                            "unknownRisk",
                            "anchors",
                            "combine")),
            Map.entry("Anchor", Set.of()),
            Map.entry("Option", Set.of()),
            Map.entry("ShowIf", Set.of()),
            Map.entry("Interaction", Set.of("rationale")),
            Map.entry("Band", Set.of()),
            Map.entry("RecommendationRule", Set.of("target", "effort", "tradeOff")),
            Map.entry("Trigger", Set.of()));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        OPTIONAL.forEach((name, optional) -> {
            Schema schema = schemas.get(name);
            List<String> required = new ArrayList<>(schema.getProperties().keySet());
            required.removeAll(optional);
            schema.setRequired(required);
        });
        schemas.get("Because")
                .addProperty(
                        "answer", OASFactory.createSchema().ref(ANSWER_VALUE).description("The answer as given"));
        // The engine's typed answer is written as its plain JSON value, which AnswerValue describes.
        openAPI.getComponents().removeSchema("Answer");
        schemas.get("ShowIf")
                .getProperties()
                .get("anyOf")
                .items(OASFactory.createSchema()
                        .oneOf(List.of(
                                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)),
                                OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))))
                        .description("An option id of the question named, true/false for a BOOLEAN one, or"
                                + " \"unknown\" where that question allows it"));
        openAPI.getComponents()
                .addSchema(
                        ANSWER_VALUE,
                        // Any JSON value, not a oneOf: generated clients then take a plain value (a string, a
                        // list of strings, a number) where a oneOf with an array gave wrapper classes that
                        // some generators cannot compile or read. The service checks each answer against its
                        // question and names the question in a 400 when it does not fit.
                        OASFactory.createSchema()
                                .description(
                                        "One answer, as a plain JSON value: an option id (SINGLE_CHOICE), an array of"
                                                + " option ids (MULTI_CHOICE), a number within the question's min and max (SCALE:"
                                                + " an integer; NUMBER), true or false (BOOLEAN), the string \"unknown\" where the"
                                                + " question allows it, or, in a PATCH, null to remove the answer. Any other value,"
                                                + " or one the question does not take, is refused with 400 naming the question.")
                                .examples(List.of("core", List.of("planning", "finance"), 4, false, "unknown")))
                .addSchema(
                        ANSWERS,
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.OBJECT))
                                .description("Answers keyed by question id: an option id (SINGLE_CHOICE), an array"
                                        + " of option ids (MULTI_CHOICE), a number (SCALE, NUMBER) or true/false"
                                        + " (BOOLEAN); \"unknown\" where the question allows it; in a PATCH, null removes an"
                                        + " answer")
                                .additionalPropertiesSchema(
                                        OASFactory.createSchema().ref(ANSWER_VALUE))
                                .examples(List.of(Map.of(
                                        "llm.production_use",
                                        "core",
                                        "reasoning.critical_areas",
                                        List.of("planning", "finance"),
                                        "reasoning.failure_impact",
                                        4,
                                        "signals.decision_triggers",
                                        false,
                                        "signals.upgrade_gains",
                                        "unknown"))));
    }
}
