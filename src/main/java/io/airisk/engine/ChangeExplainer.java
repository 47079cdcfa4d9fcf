package io.airisk.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Explains the change of the index between two sets of answers, for instance two assessments of
 * one organization a quarter apart, to the cent: the effect of a change of questionnaire version
 * (the earlier answers moved to the later version and scored by it), then each changed answer's
 * effect, Shapley values grouped by dimension ({@link Attribution}), from the moved earlier answers
 * to the later ones. Each answer's effect alone (every other answer as before) is given too; what
 * the answers do together beyond that is the interaction share.
 */
public final class ChangeExplainer {

    private ChangeExplainer() {}

    /**
     * @param before the answer as given earlier (or as moved to the later version), absent when there was none
     * @param after the answer as given later, absent when there is none
     * @param effect the answer's share of the change: the Shapley value
     * @param alone the change had this answer alone changed
     */
    public record AnswerEffect(String questionId, Object before, Object after, double effect, double alone) {}

    /**
     * @param change {@code toIndex - fromIndex}: {@code versionEffect} plus the answers' effects, and
     *     also {@code versionEffect} plus their effects alone plus {@code interactionShare}, to the cent
     * @param versionEffect the earlier answers, moved to the later version, scored by it, less their
     *     earlier score; 0 on one version
     * @param answers the changed answers, the largest effect in size first
     * @param interactionShare the answers' effects less their effects alone
     */
    public record Delta(
            String fromVersion,
            String toVersion,
            double fromIndex,
            double toIndex,
            double change,
            double versionEffect,
            List<AnswerEffect> answers,
            double interactionShare) {
        public Delta {
            answers = List.copyOf(answers);
        }
    }

    /**
     * @param move how the earlier version's answers move to the later one's; {@code null} when both
     *     are on one version
     * @throws IllegalArgumentException when the versions differ and no move is given
     */
    public static Delta explain(
            ScoringEngine earlier,
            Map<String, Answer> earlierAnswers,
            ScoringEngine later,
            Map<String, Answer> laterAnswers,
            VersionMove move) {
        Map<String, Answer> before = earlier.withoutHidden(earlierAnswers);
        Map<String, Answer> after = later.withoutHidden(laterAnswers);
        double fromIndex = earlier.score(before).overallRisk();
        double toIndex = later.score(after).overallRisk();
        Map<String, Answer> base;
        double versionExact;
        if (earlier == later) {
            base = before;
            versionExact = 0;
        } else {
            if (move == null) {
                throw new IllegalArgumentException(
                        "No move from " + earlier.questionnaire().version() + " to "
                                + later.questionnaire().version());
            }
            base = move.move(before).answers();
            versionExact = later.exactOverall(base) - earlier.exactOverall(before);
        }

        List<String> changed = new ArrayList<>();
        for (Question question : later.questionnaire().questions()) {
            if (!same(base.get(question.id()), after.get(question.id()))) {
                changed.add(question.id());
            }
        }
        int n = changed.size();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = later.dimensionIndexOf(later.indexOf(changed.get(i)));
        }
        Map<String, Answer> start = base;
        java.util.function.LongToDoubleFunction value = mask -> {
            Map<String, Answer> answers = new LinkedHashMap<>(start);
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) != 0) {
                    Answer answer = after.get(changed.get(i));
                    if (answer == null) {
                        answers.remove(changed.get(i));
                    } else {
                        answers.put(changed.get(i), answer);
                    }
                }
            }
            return later.exactOverall(answers);
        };
        double[] shares = n == 0 ? new double[0] : Attribution.shares(groupOf, value);
        double[] parts = new double[n + 1];
        parts[0] = versionExact;
        System.arraycopy(shares, 0, parts, 1, n);
        double change = Cents.round(toIndex - fromIndex);
        double[] cents = Cents.apportion(parts, change);
        double none = n == 0 ? 0 : value.applyAsDouble(0);
        List<AnswerEffect> effects = new ArrayList<>(n);
        long effectCents = 0;
        long aloneCents = 0;
        for (int i = 0; i < n; i++) {
            double alone = Cents.round(value.applyAsDouble(1L << i) - none);
            effectCents += Math.round(cents[i + 1] * 100);
            aloneCents += Math.round(alone * 100);
            Answer was = base.get(changed.get(i));
            Answer is = after.get(changed.get(i));
            effects.add(new AnswerEffect(
                    changed.get(i),
                    was == null ? null : was.toJson(),
                    is == null ? null : is.toJson(),
                    cents[i + 1],
                    alone));
        }
        effects.sort(java.util.Comparator.comparingDouble((AnswerEffect e) -> Math.abs(e.effect()))
                .reversed());
        return new Delta(
                earlier.questionnaire().version(),
                later.questionnaire().version(),
                fromIndex,
                toIndex,
                change,
                cents[0],
                effects,
                (effectCents - aloneCents) / 100.0);
    }

    /** Two answers are the same when they mean the same: options ticked in any order are one answer. */
    private static boolean same(Answer a, Answer b) {
        if (a instanceof Answer.Choices x && b instanceof Answer.Choices y) {
            return new HashSet<>(x.optionIds()).equals(new HashSet<>(y.optionIds()));
        }
        return Objects.equals(a, b);
    }
}
