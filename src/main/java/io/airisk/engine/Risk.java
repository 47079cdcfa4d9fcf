package io.airisk.engine;

import java.util.Comparator;
import java.util.List;

/** Facts about a question's possible answers that do not depend on any respondent. */
final class Risk {

    private Risk() {}

    /**
     * The riskiest value an answer to the question can take ({@code m_q}): 1 for SCALE, NUMBER and
     * BOOLEAN; the riskiest option for SINGLE_CHOICE and for a MULTI_CHOICE combined by
     * {@link Combination#MAX}; otherwise the larger of the riskiest exclusive option and all
     * non-exclusive options combined. "Unknown" is never riskier than that.
     */
    static double maximum(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> riskiestOption(question);
            case MULTI_CHOICE -> {
                if (question.combine() == Combination.MAX) {
                    yield riskiestOption(question);
                }
                double exclusive = 0;
                double survival = 1;
                for (Option option : question.options()) {
                    if (option.exclusive()) {
                        exclusive = Math.max(exclusive, option.risk());
                    } else {
                        survival *= 1 - option.risk();
                    }
                }
                yield Math.max(exclusive, 1 - survival);
            }
            case SCALE, NUMBER, BOOLEAN -> 1.0;
        };
    }

    private static double riskiestOption(Question question) {
        return question.options().stream().mapToDouble(Option::risk).max().orElse(0);
    }

    /** The answer with the lowest risk; among equal options, the first in the definition. */
    static Answer lowestRiskAnswer(Question question) {
        boolean ascending = question.riskDirection() == RiskDirection.ASCENDING;
        return switch (question.type()) {
            case SINGLE_CHOICE ->
                new Answer.Choice(lowestRiskOption(question.options()).id());
            case MULTI_CHOICE ->
                new Answer.Choices(List.of(lowestRiskOption(question.options()).id()));
            case SCALE, NUMBER -> new Answer.Numeric(ascending ? question.min() : question.max());
            case BOOLEAN -> new Answer.Flag(!ascending);
        };
    }

    private static Option lowestRiskOption(List<Option> options) {
        return options.stream().min(Comparator.comparingDouble(Option::risk)).orElseThrow();
    }
}
