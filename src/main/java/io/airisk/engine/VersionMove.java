package io.airisk.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Moves answers from one questionnaire version to the next, as the later version's
 * {@link Migration} declares, and explains what the move does to a score. Built once per pair of
 * versions; immutable and thread-safe.
 *
 * <p>The explanation splits the change of the index, to the cent, between the method (dimension
 * weights, interaction terms, compounding) and each question: a question's effect is what moving
 * its points from the earlier version's scoring of its answer to the later version's scoring of the
 * mapped answer does to the index. Its points carry its weight, its risk values, its mitigation
 * factor and its dimension's maximum, so a change of any of these shows as its effect. The split
 * is {@link Attribution}'s: Shapley values, grouped by dimension.
 */
public final class VersionMove {

    private final ScoringEngine from;
    private final ScoringEngine to;
    private final List<QuestionMapping> mappings;

    /**
     * @throws IllegalArgumentException when the migration does not fit the two versions, naming
     *     every fault
     */
    public VersionMove(ScoringEngine from, ScoringEngine to) {
        List<String> faults = faults(from.questionnaire(), to.questionnaire());
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid migration of " + to.questionnaire().version() + " from "
                            + from.questionnaire().version() + ": " + String.join("; ", faults));
        }
        this.from = from;
        this.to = to;
        this.mappings = to.questionnaire().migration().questions();
    }

    public String fromVersion() {
        return from.questionnaire().version();
    }

    public String toVersion() {
        return to.questionnaire().version();
    }

    /**
     * Answers of the earlier version as answers of the later one.
     *
     * @param answers the later version's answers, without those its other answers hide
     * @param carried the later version's questions that took an answer, in its order
     * @param unmapped the later version's questions whose earlier answer does not say which of its
     *     options applies: to be asked again
     * @param toAnswer the later version's visible, required questions without an answer after the
     *     move: new ones and unmapped ones
     */
    public record Moved(
            Map<String, Answer> answers, List<String> carried, List<String> unmapped, List<String> toAnswer) {}

    public Moved move(Map<String, Answer> answers) {
        Map<String, Answer> moved = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (QuestionMapping mapping : mappings) {
            Answer given = answers.get(mapping.from());
            if (given == null) {
                continue;
            }
            Answer mapped = map(mapping, given);
            if (mapped == null) {
                unmapped.add(mapping.id());
            } else {
                moved.put(mapping.id(), mapped);
            }
        }
        Map<String, Answer> kept = ordered(to.withoutHidden(moved));
        List<String> carried = List.copyOf(kept.keySet());
        List<String> stillVisible = new ArrayList<>(unmapped);
        stillVisible.retainAll(to.missingRequired(kept));
        return new Moved(kept, carried, stillVisible, to.missingRequired(kept));
    }

    /**
     * A comparison of a set of answers scored by both versions.
     *
     * @param change {@code toIndex - fromIndex}; it equals {@code methodEffect} plus the sum of the
     *     effects, to the cent
     * @param methodEffect what the later version's dimension weights, interaction terms and
     *     compounding do to the index
     * @param effects each question's effect, the largest in size first; questions whose points do
     *     not move are left out
     * @param needsAnswer the later version's questions left to answer, counted as
     *     {@value Answer.Unknown#VALUE} where they allow it (so that {@code result.range} shows what
     *     they could do), unanswered otherwise
     * @param result the later version's result for the moved answers
     */
    public record Comparison(
            String fromVersion,
            String toVersion,
            double fromIndex,
            double toIndex,
            double change,
            double methodEffect,
            List<Effect> effects,
            List<String> needsAnswer,
            ScoreResult result) {
        public Comparison {
            effects = List.copyOf(effects);
            needsAnswer = List.copyOf(needsAnswer);
        }
    }

    /**
     * One question's effect on the index.
     *
     * @param questionIds the later version's questions it covers (empty for a question dropped)
     * @param fromQuestionIds the earlier version's questions they take their answers from (empty for
     *     a new question)
     * @param answers the later version's answers, as given or as counted
     */
    public record Effect(
            List<String> questionIds,
            List<String> fromQuestionIds,
            Map<String, Object> answers,
            EffectKind kind,
            double effect) {
        public Effect {
            questionIds = List.copyOf(questionIds);
            fromQuestionIds = List.copyOf(fromQuestionIds);
            answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    /** Why a question's points move between the versions. */
    public enum EffectKind {
        /** The answer is carried; the question's scoring changed. */
        CARRIED,
        /** The question needs an answer in the later version and is counted as unknown or unanswered. */
        NEEDS_ANSWER,
        /** The earlier version's question has no successor. */
        DROPPED
    }

    /** Scores the answers by both versions and explains the difference. */
    public Comparison compare(Map<String, Answer> answers) {
        Map<String, Answer> earlier = from.withoutHidden(answers);
        ScoreResult before = from.score(earlier);
        Moved moved = move(earlier);
        Map<String, Answer> counted = new LinkedHashMap<>(moved.answers());
        Set<String> needsAnswer = new LinkedHashSet<>();
        // Counting an answer as unknown may reveal further questions: repeat until none appears.
        for (boolean added = true; added; ) {
            added = false;
            for (String questionId : to.missingRequired(counted)) {
                if (needsAnswer.add(questionId)) {
                    added = true;
                    if (to.questionnaire().question(questionId).allowsUnknown()) {
                        counted.put(questionId, Answer.Unknown.INSTANCE);
                    }
                }
            }
        }
        counted = ordered(counted);
        ScoreResult after = to.score(counted);

        double[] oldPoints = from.exactPoints(earlier);
        double[] newPoints = to.exactPoints(counted);
        List<Player> players = players(oldPoints, newPoints, counted, needsAnswer);
        int dimensions = to.questionnaire().dimensions().size();
        int[] groupOf = new int[players.size() + 1];
        for (int p = 0; p < players.size(); p++) {
            groupOf[p] = players.get(p).dimension;
        }
        int method = players.size();
        groupOf[method] = dimensions;
        double change = Cents.round(after.overallRisk() - before.overallRisk());
        double[] shares = Attribution.sharesInCents(
                groupOf,
                mask -> {
                    double[] scores = new double[dimensions];
                    for (int p = 0; p < players.size(); p++) {
                        Player player = players.get(p);
                        double[] points = (mask & (1L << p)) != 0 ? player.after : player.before;
                        for (int d = 0; d < dimensions; d++) {
                            scores[d] += points[d];
                        }
                    }
                    return ((mask & (1L << method)) != 0 ? to : from).overallOf(scores);
                },
                change);
        List<Effect> effects = new ArrayList<>(players.size());
        for (int p = 0; p < players.size(); p++) {
            Player player = players.get(p);
            effects.add(new Effect(player.questionIds, player.fromQuestionIds, player.answers, player.kind, shares[p]));
        }
        effects.sort(
                Comparator.comparingDouble((Effect e) -> Math.abs(e.effect())).reversed());
        return new Comparison(
                fromVersion(),
                toVersion(),
                before.overallRisk(),
                after.overallRisk(),
                change,
                shares[method],
                effects,
                List.copyOf(needsAnswer),
                after);
    }

    /** One input of the attribution: a set of questions linked by the migration, with its points. */
    private record Player(
            List<String> questionIds,
            List<String> fromQuestionIds,
            Map<String, Object> answers,
            EffectKind kind,
            int dimension,
            double[] before,
            double[] after) {}

    /**
     * The questions linked by the migration, as connected sets (one earlier question may feed two
     * later ones); earlier questions without a successor and later ones without a source stand
     * alone. Sets whose points do not move are left out: their effect is nil.
     */
    private List<Player> players(
            double[] oldPoints, double[] newPoints, Map<String, Answer> counted, Set<String> needsAnswer) {
        Questionnaire earlier = from.questionnaire();
        Questionnaire later = to.questionnaire();
        // Union-find over the earlier questions (0..n-1) and the later ones (n..n+m-1).
        int n = earlier.questions().size();
        int m = later.questions().size();
        int[] parent = new int[n + m];
        Arrays.setAll(parent, i -> i);
        for (QuestionMapping mapping : mappings) {
            union(parent, from.indexOf(mapping.from()), n + to.indexOf(mapping.id()));
        }
        Map<Integer, List<Integer>> sets = new LinkedHashMap<>();
        for (int i = n; i < n + m; i++) {
            sets.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            sets.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        int dimensions = later.dimensions().size();
        List<Player> players = new ArrayList<>();
        for (List<Integer> members : sets.values()) {
            double[] before = new double[dimensions];
            double[] after = new double[dimensions];
            List<String> laterIds = new ArrayList<>();
            List<String> earlierIds = new ArrayList<>();
            Map<String, Object> answers = new LinkedHashMap<>();
            int dimension = -1;
            boolean needs = false;
            for (int member : members) {
                if (member >= n) {
                    int q = member - n;
                    String id = later.questions().get(q).id();
                    laterIds.add(id);
                    after[to.dimensionIndexOf(q)] += newPoints[q];
                    dimension = dimension < 0 ? to.dimensionIndexOf(q) : dimension;
                    needs |= needsAnswer.contains(id);
                    Answer answer = counted.get(id);
                    if (answer != null) {
                        answers.put(id, answer.toJson());
                    }
                } else {
                    earlierIds.add(earlier.questions().get(member).id());
                    before[from.dimensionIndexOf(member)] += oldPoints[member];
                    dimension = dimension < 0 ? from.dimensionIndexOf(member) : dimension;
                }
            }
            if (Arrays.equals(before, after) && !needs) {
                continue;
            }
            EffectKind kind =
                    laterIds.isEmpty() ? EffectKind.DROPPED : needs ? EffectKind.NEEDS_ANSWER : EffectKind.CARRIED;
            players.add(new Player(laterIds, earlierIds, answers, kind, dimension, before, after));
        }
        if (players.size() + 1 > Attribution.MAX_INPUTS) {
            throw new IllegalStateException("Too many questions to attribute: " + players.size());
        }
        return players;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The answers in the later version's question order. */
    private Map<String, Answer> ordered(Map<String, Answer> answers) {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        for (Question question : to.questionnaire().questions()) {
            Answer answer = answers.get(question.id());
            if (answer != null) {
                ordered.put(question.id(), answer);
            }
        }
        return ordered;
    }

    /** The earlier answer as an answer to the later question, or {@code null} when it does not say. */
    private Answer map(QuestionMapping mapping, Answer given) {
        Question target = to.questionnaire().question(mapping.id());
        if (given instanceof Answer.Unknown) {
            return target.allowsUnknown() ? given : null;
        }
        if (given instanceof Answer.Choice choice) {
            String option = mapOption(mapping, choice.optionId());
            return option == null ? null : new Answer.Choice(option);
        }
        if (given instanceof Answer.Choices choices) {
            Set<String> options = new LinkedHashSet<>();
            for (String optionId : choices.optionIds()) {
                String option = mapOption(mapping, optionId);
                if (option == null) {
                    return null;
                }
                options.add(option);
            }
            boolean exclusive = options.stream().anyMatch(o -> target.option(o).exclusive());
            return exclusive && options.size() > 1 ? null : new Answer.Choices(List.copyOf(options));
        }
        return given;
    }

    private static String mapOption(QuestionMapping mapping, String optionId) {
        return mapping.options() == null ? optionId : mapping.options().get(optionId);
    }

    /** What makes a migration unusable between these two definitions. */
    static List<String> faults(Questionnaire earlier, Questionnaire later) {
        List<String> faults = new ArrayList<>();
        Migration migration = later.migration();
        if (migration == null) {
            return List.of(later.version() + " declares no migration");
        }
        if (!earlier.version().equals(migration.from())) {
            faults.add("migration.from is '" + migration.from() + "', not '" + earlier.version() + "'");
        }
        List<String> earlierDimensions =
                earlier.dimensions().stream().map(Dimension::id).toList();
        List<String> laterDimensions =
                later.dimensions().stream().map(Dimension::id).toList();
        if (!earlierDimensions.equals(laterDimensions)) {
            faults.add("both versions must have the same dimensions in the same order");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (QuestionMapping mapping : migration.questions()) {
            String where = "migration of '" + mapping.id() + "': ";
            Question target = later.question(mapping.id());
            Question source = earlier.question(mapping.from());
            if (target == null || source == null) {
                faults.add(where + (target == null ? "no such question" : "unknown source '" + mapping.from() + "'"));
                continue;
            }
            if (seen.merge(mapping.id(), 1, Integer::sum) > 1) {
                faults.add(where + "listed twice");
            }
            if (target.type() != source.type()) {
                faults.add(where + "types differ (" + source.type() + " to " + target.type() + ")");
                continue;
            }
            if (source.options() == null) {
                boolean sameRange = Objects.equals(source.min(), target.min())
                        && Objects.equals(source.max(), target.max())
                        && source.riskDirection() == target.riskDirection();
                if (!sameRange || mapping.options() != null) {
                    faults.add(where + "a " + target.type() + " answer is carried only to the same range and"
                            + " direction, without an option map");
                }
                continue;
            }
            Set<String> sourceOptions = new LinkedHashSet<>();
            source.options().forEach(o -> sourceOptions.add(o.id()));
            if (mapping.options() == null) {
                for (String option : sourceOptions) {
                    if (target.option(option) == null) {
                        faults.add(where + "option '" + option + "' has no namesake: map the options");
                    }
                }
            } else {
                if (!mapping.options().keySet().equals(sourceOptions)) {
                    faults.add(where + "the option map must list every option of '" + mapping.from() + "': "
                            + sourceOptions);
                }
                mapping.options().values().stream()
                        .filter(Objects::nonNull)
                        .filter(option -> target.option(option) == null)
                        .forEach(option -> faults.add(where + "no option '" + option + "'"));
            }
        }
        return faults;
    }
}
