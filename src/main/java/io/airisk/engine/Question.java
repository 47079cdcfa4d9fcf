package io.airisk.engine;

import java.util.List;

/**
 * One question of a questionnaire definition.
 *
 * @param code the question's short name in an answer vector ({@link AnswerVector}), such as {@code LPU};
 *     when absent, the upper-cased initials of its id's words: {@code llm.production_use} is {@code LPU}
 * @param required whether a submitted assessment must answer it when visible; true when absent
 * @param weight the question's weight within its dimension; positive, or 0 for a question that only
 *     scales others ({@code scaledBy})
 * @param references the article's recommendations ({@code R1} to {@code R8}) the question serves
 * @param riskDirection which end is riskier (SCALE, NUMBER, BOOLEAN); {@code null} for choice types
 * @param showIf the condition under which the question is visible; {@code null} when always visible
 * @param respondent who in the company should answer it; optional
 * @param allowsUnknown whether {@value Answer.Unknown#VALUE} is an answer; false when absent
 * @param unknownRisk the risk of an {@value Answer.Unknown#VALUE} answer, in [0, 1]
 * @param anchors the meaning of every point of a SCALE; optional
 * @param combine how a MULTI_CHOICE answer's options combine; {@link Combination#INDEPENDENT} when absent
 * @param scaledBy questions of the same dimension whose answers' risks multiply this answer's risk,
 *     such as verification before acting: a mitigation; empty when absent
 */
public record Question(
        String id,
        String code,
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
        ShowIf showIf,
        Respondent respondent,
        Boolean allowsUnknown,
        Double unknownRisk,
        List<Anchor> anchors,
        Combination combine,
        List<String> scaledBy) {

    public Question {
        code = code == null && id != null ? initials(id) : code;
        required = !Boolean.FALSE.equals(required);
        references = references == null ? List.of() : List.copyOf(references);
        options = options == null ? null : List.copyOf(options);
        allowsUnknown = Boolean.TRUE.equals(allowsUnknown);
        anchors = anchors == null ? null : List.copyOf(anchors);
        combine = type == QuestionType.MULTI_CHOICE && combine == null ? Combination.INDEPENDENT : combine;
        scaledBy = scaledBy == null ? List.of() : List.copyOf(scaledBy);
    }

    /** The upper-cased first letter of each word of a question id: {@code llm.production_use} gives {@code LPU}. */
    static String initials(String id) {
        StringBuilder initials = new StringBuilder();
        for (String word : id.split("[._]")) {
            if (!word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
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
