package io.airisk.scoring.engine;

import java.util.List;

/**
 * One question of a questionnaire definition.
 *
 * @param required whether a submitted assessment must answer it when visible; true when absent
 * @param weight the question's weight within its dimension; positive
 * @param references the article's recommendations ({@code R1} to {@code R8}) the question serves
 * @param riskDirection which end is riskier (SCALE, NUMBER, BOOLEAN); {@code null} for choice types
 * @param showIf the condition under which the question is visible; {@code null} when always visible
 */
public record Question(
        String id,
        String dimension,
        String text,
        String help,
        QuestionType type,
        Boolean required,
        Double weight,
        List<String> references,
        List<Option> options,
        Double min,
        Double max,
        String unit,
        RiskDirection riskDirection,
        ShowIf showIf) {

    public Question {
        required = !Boolean.FALSE.equals(required);
        references = references == null ? List.of() : List.copyOf(references);
        options = options == null ? null : List.copyOf(options);
    }

    /** The option with that id, or {@code null}. */
    public Option option(String optionId) {
        if (options == null) {
            return null;
        }
        for (Option option : options) {
            if (option.id().equals(optionId)) {
                return option;
            }
        }
        return null;
    }
}
