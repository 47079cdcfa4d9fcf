package io.airisk.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures: the shipped definitions, read as the service reads them, and answer builders. */
public final class Questionnaires {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Questionnaire V1 = load("questionnaires/v1.json");
    private static final ScoringEngine V1_ENGINE = new ScoringEngine(V1);
    private static final Questionnaire V2 = load("questionnaires/v2.json");
    private static final ScoringEngine V2_ENGINE = new ScoringEngine(V2);
    private static final Questionnaire V3 = load("questionnaires/v3.json");
    private static final ScoringEngine V3_ENGINE = new ScoringEngine(V3);

    private Questionnaires() {}

    public static Questionnaire v1() {
        return V1;
    }

    public static ScoringEngine v1Engine() {
        return V1_ENGINE;
    }

    public static Questionnaire v2() {
        return V2;
    }

    public static ScoringEngine v2Engine() {
        return V2_ENGINE;
    }

    public static Questionnaire v3() {
        return V3;
    }

    public static ScoringEngine v3Engine() {
        return V3_ENGINE;
    }

    public static Questionnaire load(String resource) {
        try (InputStream in = Questionnaires.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            return MAPPER.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A definition read from JSON text, as a start-up would read it. */
    public static Questionnaire parse(String json) {
        try {
            return MAPPER.readValue(json, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The riskiest answer to every question of the definition. */
    public static Map<String, Answer> riskiest(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            answers.put(question.id(), riskiestAnswer(question));
        }
        return answers;
    }

    /** The lowest-risk answer to every question of the definition. */
    public static Map<String, Answer> safest(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            answers.put(question.id(), Risk.lowestRiskAnswer(question));
        }
        return answers;
    }

    static Answer riskiestAnswer(Question question) {
        boolean ascending = question.riskDirection() == RiskDirection.ASCENDING;
        return switch (question.type()) {
            case SINGLE_CHOICE ->
                new Answer.Choice(question.options().stream()
                        .max((a, b) -> Double.compare(a.risk(), b.risk()))
                        .orElseThrow()
                        .id());
            case MULTI_CHOICE -> {
                List<String> inclusive = question.options().stream()
                        .filter(o -> !o.exclusive())
                        .map(Option::id)
                        .toList();
                yield new Answer.Choices(inclusive);
            }
            case SCALE, NUMBER -> new Answer.Numeric(ascending ? question.max() : question.min());
            case BOOLEAN -> new Answer.Flag(ascending);
        };
    }

    /** A complete, realistic answer set for v1: a company with LLMs at its core and few mitigations. */
    public static Map<String, Object> exposedCompany() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("llm.production_use", "core");
        answers.put("llm.revenue_share", "10_to_50");
        answers.put("llm.process_share", 40);
        answers.put("llm.vendor_concentration", "single_vendor_several_models");
        answers.put("llm.finetune_spend_share", 30);
        answers.put("reasoning.critical_use", List.of("planning", "financial_decisions"));
        answers.put("reasoning.verification", "partial");
        answers.put("reasoning.autonomy", "human_approves");
        answers.put("reasoning.failure_impact", 4);
        answers.put("reasoning.causal_methods", false);
        answers.put("infra.commitment_years", 3);
        answers.put("infra.hosting", "single_provider_api");
        answers.put("infra.committed_spend_share", "25_to_50");
        answers.put("infra.model_specific_pipelines", "partly");
        answers.put("infra.switching_cost", 4);
        answers.put("infra.exit_clauses", false);
        answers.put("adapt.abstraction_layer", "untested");
        answers.put("adapt.replatform_time", "year");
        answers.put("adapt.world_model_pilot", "roadmap_only");
        answers.put("adapt.non_text_data", "owned_raw");
        answers.put("adapt.eval_suite", "manual");
        answers.put("talent.research_budget", "annual");
        answers.put("talent.product_pressure", 4);
        answers.put("talent.senior_attrition", "5_to_15");
        answers.put("talent.key_people", true);
        answers.put("signals.owner", "informal");
        answers.put("signals.review_cadence", "yearly");
        answers.put("signals.roi_tracking", "partial");
        answers.put("signals.decision_triggers", false);
        return answers;
    }
}
