package io.airisk.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random answer sets for one questionnaire version, and single-answer raises of their risk. */
public final class AnswerSets {

    private final Questionnaire questionnaire;
    private final ScoringEngine engine;

    public AnswerSets(ScoringEngine engine) {
        this.questionnaire = engine.questionnaire();
        this.engine = engine;
    }

    /**
     * Each question answered with probability 0.8, with any valid answer, hidden or not; "unknown"
     * one time in eight where the question allows it.
     */
    public Map<String, Answer> random(Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (random.nextDouble() < 0.8) {
                answers.put(question.id(), answer(question, random));
            }
        }
        return answers;
    }

    static Answer answer(Question question, Random random) {
        if (question.allowsUnknown() && random.nextInt(8) == 0) {
            return Answer.Unknown.INSTANCE;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE ->
                new Answer.Choice(question.options()
                        .get(random.nextInt(question.options().size()))
                        .id());
            case MULTI_CHOICE -> {
                List<Option> options = question.options();
                Option first = options.get(random.nextInt(options.size()));
                if (first.exclusive()) {
                    yield new Answer.Choices(List.of(first.id()));
                }
                List<String> ids = new ArrayList<>();
                for (Option option : options) {
                    if (!option.exclusive() && (option == first || random.nextBoolean())) {
                        ids.add(option.id());
                    }
                }
                yield new Answer.Choices(ids);
            }
            case SCALE ->
                new Answer.Numeric(question.min() + random.nextInt((int) (question.max() - question.min()) + 1));
            case NUMBER -> new Answer.Numeric(question.min() + random.nextDouble() * (question.max() - question.min()));
            case BOOLEAN -> new Answer.Flag(random.nextBoolean());
        };
    }

    /**
     * Makes the question's answer riskier: another option of at least the same risk, a superset
     * of the chosen options, a value further in the risky direction, or an answer where there was
     * none. {@code null} when it is already at its riskiest.
     */
    Raise raise(Map<String, Answer> before, Question question, Random random) {
        Answer current = before.get(question.id());
        Answer riskier = current == null ? answer(question, random) : riskier(question, current, random);
        if (riskier == null) {
            return null;
        }
        Map<String, Answer> after = new LinkedHashMap<>(before);
        after.put(question.id(), riskier);
        double riskBefore = current == null ? 0 : engine.answerRisk(question.id(), current);
        double riskAfter = engine.answerRisk(question.id(), riskier);
        boolean visible = !engine.hiddenAnswers(after).contains(question.id());
        return new Raise(before, after, riskAfter > riskBefore, visible, question.weight() > 0);
    }

    /** A riskier answer than the current one; {@code null} when there is none to pick this way. */
    private static Answer riskier(Question question, Answer current, Random random) {
        if (current instanceof Answer.Unknown) {
            return null;
        }
        boolean ascending = question.riskDirection() == RiskDirection.ASCENDING;
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                double risk =
                        question.option(((Answer.Choice) current).optionId()).risk();
                List<Option> higher = question.options().stream()
                        .filter(o -> o.risk() >= risk)
                        .toList();
                return new Answer.Choice(
                        higher.get(random.nextInt(higher.size())).id());
            }
            case MULTI_CHOICE -> {
                List<String> chosen = ((Answer.Choices) current).optionIds();
                if (question.option(chosen.get(0)).exclusive()) {
                    return null;
                }
                List<String> more = new ArrayList<>(chosen);
                question.options().stream()
                        .filter(o -> !o.exclusive() && !chosen.contains(o.id()))
                        .findAny()
                        .ifPresent(o -> more.add(o.id()));
                return more.size() == chosen.size() ? null : new Answer.Choices(more);
            }
            case SCALE, NUMBER -> {
                double value = ((Answer.Numeric) current).value();
                double limit = ascending ? question.max() : question.min();
                if (value == limit) {
                    return null;
                }
                double step = question.type() == QuestionType.SCALE
                        ? 1
                        : Math.max(random.nextDouble() * Math.abs(limit - value), 1e-6);
                double next = ascending ? Math.min(limit, value + step) : Math.max(limit, value - step);
                return new Answer.Numeric(next);
            }
            case BOOLEAN -> {
                return ((Answer.Flag) current).value() == ascending ? null : new Answer.Flag(ascending);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * An answer set and the same set with one answer made riskier (or added); {@code weighted} when
     * the question has a weight of its own rather than only scaling others.
     */
    record Raise(
            Map<String, Answer> before,
            Map<String, Answer> after,
            boolean strictlyRiskier,
            boolean visible,
            boolean weighted) {}
}
