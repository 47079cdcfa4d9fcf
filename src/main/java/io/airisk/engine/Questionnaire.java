package io.airisk.engine;

import java.util.List;

/**
 * A versioned questionnaire definition: questions, weights, interaction terms, bands and
 * recommendation rules, all data. A result is always computed against one version.
 *
 * @param compounding how the interaction terms enter the overall index;
 *     {@link Compounding#WEIGHTED_TERMS} when absent
 * @param references the article's recommendations R1 to R8, each in a line; empty when absent
 * @param migration how this version's questions take their answers from the version before;
 *     absent when an assessment cannot move to this version
 */
public record Questionnaire(
        String version,
        String title,
        String description,
        String notice,
        List<Dimension> dimensions,
        List<Question> questions,
        List<Interaction> interactions,
        Compounding compounding,
        List<Band> bands,
        List<RecommendationRule> recommendations,
        List<Reference> references,
        Migration migration) {

    public Questionnaire {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        questions = questions == null ? List.of() : List.copyOf(questions);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
        compounding = compounding == null ? Compounding.WEIGHTED_TERMS : compounding;
        bands = bands == null ? List.of() : List.copyOf(bands);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The question with that id, or {@code null}. */
    public Question question(String questionId) {
        for (Question question : questions) {
            if (question.id().equals(questionId)) {
                return question;
            }
        }
        return null;
    }
}
