package io.airisk.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Scores answers against one questionnaire version. Built once per version: everything that does
 * not depend on the answers (indexes, dimension maxima, lowest-risk answers, visibility rules) is
 * computed here, so that scoring itself is a few passes over arrays. Immutable and thread-safe.
 *
 * <p>The formulas, as in docs/methodology.md:
 * <ul>
 *   <li>answer risk {@code r} in [0, 1]: the option's risk; for several options
 *       {@code 1 - prod(1 - r_i)}, or their maximum where the question says so; for SCALE and
 *       NUMBER the position in [min, max], reversed when DESCENDING; for BOOLEAN 1 for the riskier
 *       value, 0 for the other; for "unknown" the question's published {@code unknownRisk};</li>
 *   <li>a question scaled by others counts {@code r * f}, where {@code f} is the product of their
 *       answers' risks (the lowest possible for each one hidden or unanswered);</li>
 *   <li>dimension score {@code S_d = 100 * sum(w_q * r_q * f_q) / sum(w_q * m_q * F_q)} over its
 *       visible answers, where {@code m_q} and {@code F_q} are the riskiest values the answer and
 *       its factor can take and the denominator runs over all the dimension's questions;</li>
 *   <li>overall index by the definition's {@link Compounding}, computed from the dimension scores
 *       rounded to the cent.</li>
 * </ul>
 */
public final class ScoringEngine {

    private final Questionnaire questionnaire;
    private final AnswerParser parser;
    private final AnswerVector vector;
    private final Question[] questions;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final int[] dimensionOf;
    private final int[][] questionsOf;
    private final double[] questionWeight;
    private final int[][] scaledBy;
    /** Each question's highest possible risk; its lowest is {@link #lowestRisk}. */
    private final double[] highestPossibleRisk;

    private final Compounding compounding;
    private final double[] dimensionMaximum;
    private final double[] dimensionWeight;
    private final int[] interactionFirst;
    private final int[] interactionSecond;
    private final double[] interactionWeight;
    private final double dimensionWeightSum;
    private final double totalWeight;
    private final int[] controllerOf;
    private final Set<Object>[] revealingValues;
    private final Map<String, Double>[] optionRisk;
    private final Answer[] lowestRiskAnswer;
    private final double[] lowestRisk;
    private final boolean[] revealedByLowestRisk;
    private final int[][] ruleTriggerQuestion;
    private final double[][] ruleTriggerMinRisk;

    /**
     * @throws IllegalArgumentException when the definition is invalid, naming every fault
     */
    @SuppressWarnings("unchecked")
    public ScoringEngine(Questionnaire questionnaire) {
        List<String> faults = QuestionnaireValidator.validate(questionnaire);
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid questionnaire " + questionnaire.version() + ": " + String.join("; ", faults));
        }
        this.questionnaire = questionnaire;
        this.parser = new AnswerParser(questionnaire);
        this.vector = new AnswerVector(questionnaire);
        this.questions = questionnaire.questions().toArray(Question[]::new);
        int n = questions.length;
        List<Dimension> dimensions = questionnaire.dimensions();
        Map<String, Integer> dimensionIndex = new HashMap<>();
        dimensionWeight = new double[dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            dimensionIndex.put(dimensions.get(d).id(), d);
            dimensionWeight[d] = dimensions.get(d).weight();
        }

        dimensionOf = new int[n];
        questionWeight = new double[n];
        dimensionMaximum = new double[dimensions.size()];
        controllerOf = new int[n];
        revealingValues = new Set[n];
        optionRisk = new Map[n];
        lowestRiskAnswer = new Answer[n];
        highestPossibleRisk = new double[n];
        for (int i = 0; i < n; i++) {
            indexById.put(questions[i].id(), i);
        }
        scaledBy = new int[n][];
        for (int i = 0; i < n; i++) {
            Question question = questions[i];
            dimensionOf[i] = dimensionIndex.get(question.dimension());
            questionWeight[i] = question.weight();
            scaledBy[i] = question.scaledBy().stream().mapToInt(indexById::get).toArray();
            double maximumFactor = 1.0;
            for (int m : scaledBy[i]) {
                maximumFactor *= Risk.maximum(questions[m]);
            }
            dimensionMaximum[dimensionOf[i]] += questionWeight[i] * Risk.maximum(question) * maximumFactor;
            highestPossibleRisk[i] = Risk.maximum(question);
            lowestRiskAnswer[i] = Risk.lowestRiskAnswer(question);
            if (question.options() != null) {
                Map<String, Double> risks = new HashMap<>();
                question.options().forEach(option -> risks.put(option.id(), option.risk()));
                optionRisk[i] = risks;
            }
            ShowIf showIf = question.showIf();
            controllerOf[i] = showIf == null ? -1 : indexById.get(showIf.questionId());
            revealingValues[i] = showIf == null ? Set.of() : new HashSet<>(showIf.anyOf());
        }

        // What moving an answer to its lowest risk does, for the improvement plan.
        lowestRisk = new double[n];
        revealedByLowestRisk = new boolean[n];
        for (int i = 0; i < n; i++) {
            lowestRisk[i] = risk(i, lowestRiskAnswer[i]);
            revealedByLowestRisk[i] = controllerOf[i] >= 0 && reveals(i, lowestRiskAnswer[controllerOf[i]]);
        }

        questionsOf = new int[dimensionWeight.length][];
        for (int d = 0; d < dimensionWeight.length; d++) {
            int dimension = d;
            questionsOf[d] = IntStream.range(0, n)
                    .filter(i -> dimensionOf[i] == dimension)
                    .toArray();
        }

        List<Interaction> interactions = questionnaire.interactions();
        interactionFirst = new int[interactions.size()];
        interactionSecond = new int[interactions.size()];
        interactionWeight = new double[interactions.size()];
        dimensionWeightSum = Arrays.stream(dimensionWeight).sum();
        double total = dimensionWeightSum;
        for (int k = 0; k < interactions.size(); k++) {
            interactionFirst[k] = dimensionIndex.get(interactions.get(k).first());
            interactionSecond[k] = dimensionIndex.get(interactions.get(k).second());
            interactionWeight[k] = interactions.get(k).weight();
            total += interactionWeight[k];
        }
        totalWeight = total;
        compounding = questionnaire.compounding();

        List<RecommendationRule> rules = questionnaire.recommendations();
        ruleTriggerQuestion = new int[rules.size()][];
        ruleTriggerMinRisk = new double[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<Trigger> triggers = rules.get(r).triggers();
            ruleTriggerQuestion[r] = triggers.stream()
                    .mapToInt(t -> indexById.get(t.questionId()))
                    .toArray();
            ruleTriggerMinRisk[r] =
                    triggers.stream().mapToDouble(Trigger::minRisk).toArray();
        }
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * Parses client answers (plain JSON values) against this version; {@code null} means no answer.
     *
     * @throws InvalidAnswersException naming every bad question id
     */
    public Map<String, Answer> parse(Map<String, ?> raw) {
        return parser.parse(raw);
    }

    /**
     * Applies answer changes (a {@code null} value removes that answer) to typed answers.
     *
     * @throws InvalidAnswersException naming every bad question id; nothing is applied then
     */
    public Map<String, Answer> merge(Map<String, Answer> current, Map<String, ?> changes) {
        return parser.merge(current, changes);
    }

    /** Scores the answers; answers to hidden questions are ignored. */
    public ScoreResult score(Map<String, Answer> answers) {
        Answer[] given = toArray(answers);
        Evaluation today = evaluate(given);
        List<ScoreResult.DimensionScore> dimensions = dimensionScores(today);
        List<ScoreResult.OverallTerm> terms = overallTerms(today);
        List<ScoreResult.Recommendation> recommendations = recommendations(today);
        List<ScoreResult.Bundle> bundles = bundles(today, recommendations);
        return new ScoreResult(
                today.overall,
                band(today.overall),
                today.completeness(),
                questionnaire.version(),
                dimensions,
                terms,
                recommendations,
                questionnaire.notice(),
                today.unknownCount,
                range(today),
                unknowns(today),
                bundles,
                vector.write(counted(today)));
    }

    /**
     * Scores the answers as {@link #score(Map)} does, with some questions in dispute: respondents
     * gave them different answers, of which {@code answers} holds the one that counts (a
     * coordinator's choice, or the riskiest). The range then also covers the disputed questions:
     * its low end is the index with each of them at the least risky answer given, its high end at
     * the riskiest, each with the questions that answer shows or hides, and with every "unknown"
     * answer at its question's lowest, then highest, risk as in {@link ScoreResult#range()}. An
     * "unknown" among the answers given opens its question to its whole span.
     *
     * @param answers the answers that count, hidden ones included (they count once shown)
     * @param disputed the answers given to each disputed question, by question id
     */
    public ScoreResult score(Map<String, Answer> answers, Map<String, List<Answer>> disputed) {
        ScoreResult result = score(answers);
        if (disputed.isEmpty()) {
            return result;
        }
        // Every dispute at each end, hidden ones too: another dispute's answer there may show them.
        Map<String, Answer> least = new LinkedHashMap<>(answers);
        Map<String, Answer> most = new LinkedHashMap<>(answers);
        disputed.forEach((questionId, given) -> {
            least.put(questionId, extreme(questionId, given, false));
            most.put(questionId, extreme(questionId, given, true));
        });
        double low = range(evaluate(toArray(withoutHidden(least)))).low();
        double high = range(evaluate(toArray(withoutHidden(most)))).high();
        ScoreResult.Range range = new ScoreResult.Range(
                Math.min(Math.min(low, result.range().low()), result.overallRisk()),
                Math.max(Math.max(high, result.range().high()), result.overallRisk()));
        return new ScoreResult(
                result.overallRisk(),
                result.band(),
                result.completeness(),
                result.questionnaireVersion(),
                result.dimensions(),
                result.overallTerms(),
                result.recommendations(),
                result.notice(),
                result.unknownCount(),
                range,
                result.unknowns(),
                result.bundles(),
                result.vector());
    }

    /** The least or the most risky of the answers given to a question; "unknown" when one is, since it may be either. */
    private Answer extreme(String questionId, List<Answer> given, boolean riskiest) {
        int i = index(questionId);
        Answer extreme = null;
        for (Answer answer : given) {
            if (answer instanceof Answer.Unknown) {
                return answer;
            }
            if (extreme == null
                    || (riskiest ? risk(i, answer) > risk(i, extreme) : risk(i, answer) < risk(i, extreme))) {
                extreme = answer;
            }
        }
        return extreme;
    }

    /**
     * Of several answers to one question, the one with the highest risk ("unknown" at its
     * question's published unknown risk); the first of equals.
     */
    public Answer riskiest(String questionId, List<Answer> answers) {
        int i = index(questionId);
        Answer riskiest = null;
        double highest = -1.0;
        for (Answer answer : answers) {
            double risk = risk(i, answer);
            if (risk > highest) {
                riskiest = answer;
                highest = risk;
            }
        }
        return riskiest;
    }

    /** Ids of the questions visible with these answers, in questionnaire order. */
    public List<String> visibleQuestions(Map<String, Answer> answers) {
        boolean[] visible = visibility(toArray(answers), new boolean[questions.length]);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            if (visible[i]) {
                ids.add(questions[i].id());
            }
        }
        return ids;
    }

    /**
     * The questions whose answers decide whether any of {@code questionIds} is shown: their
     * {@code showIf} questions, and theirs in turn.
     */
    public Set<String> deciding(Collection<String> questionIds) {
        Set<String> deciding = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(questionIds);
        while (!open.isEmpty()) {
            ShowIf showIf = questions[index(open.pop())].showIf();
            if (showIf != null && deciding.add(showIf.questionId())) {
                open.push(showIf.questionId());
            }
        }
        return deciding;
    }

    private int index(String questionId) {
        Integer index = indexById.get(questionId);
        if (index == null) {
            throw new IllegalArgumentException(questionId + " is not a question of " + questionnaire.version());
        }
        return index;
    }

    /** The visible answers, each at its question's position; {@code null} where none counts. */
    private Answer[] counted(Evaluation evaluation) {
        Answer[] counted = new Answer[questions.length];
        for (int i = 0; i < questions.length; i++) {
            if (evaluation.visible[i]) {
                counted[i] = evaluation.given[i];
            }
        }
        return counted;
    }

    /** The answer vector of these answers: the ones that count (visible), written canonically. */
    public String vector(Map<String, Answer> answers) {
        return vector.write(toArray(withoutHidden(answers)));
    }

    /** This version's answer vectors: the codes of its questions, and how its answers are written. */
    public AnswerVector vectors() {
        return vector;
    }

    /**
     * The answers an answer vector of this version holds, parsed as answers sent as JSON are.
     *
     * @throws InvalidVectorException naming every part that is not {@code code:value} of a question
     * @throws InvalidAnswersException naming every question whose value does not fit it
     */
    public Map<String, Answer> parseVector(String text) {
        return parse(vector.read(text));
    }

    /** The index with every visible "unknown" answer at its question's lowest, then highest, risk. */
    private ScoreResult.Range range(Evaluation today) {
        if (today.unknownCount == 0) {
            return new ScoreResult.Range(today.overall, today.overall);
        }
        return rangeOver(today, i -> today.given[i] instanceof Answer.Unknown);
    }

    /** The index with the chosen answers at their questions' lowest, then highest, risks. */
    private ScoreResult.Range rangeOver(Evaluation today, java.util.function.IntPredicate open) {
        double[] low = today.risk.clone();
        double[] high = today.risk.clone();
        for (int i = 0; i < questions.length; i++) {
            if (open.test(i)) {
                low[i] = lowestRisk[i];
                high[i] = highestPossibleRisk[i];
            }
        }
        return new ScoreResult.Range(
                roundedOverall(weighted(today.given, today.visible, low)),
                roundedOverall(weighted(today.given, today.visible, high)));
    }

    /**
     * Each visible unknown answer: the index with it alone at its lowest and highest risk, and how
     * much narrower the range would be with it known; the largest narrowing first.
     */
    private List<ScoreResult.UnknownAnswer> unknowns(Evaluation today) {
        if (today.unknownCount == 0) {
            return List.of();
        }
        ScoreResult.Range all = range(today);
        List<ScoreResult.UnknownAnswer> unknowns = new ArrayList<>(today.unknownCount);
        for (int i = 0; i < questions.length; i++) {
            int question = i;
            if (today.visible[i] && today.given[i] instanceof Answer.Unknown) {
                ScoreResult.Range alone = rangeOver(today, j -> j == question);
                ScoreResult.Range others = rangeOver(
                        today, j -> j != question && today.visible[j] && today.given[j] instanceof Answer.Unknown);
                double narrowing = Cents.round((all.high() - all.low()) - (others.high() - others.low()));
                unknowns.add(new ScoreResult.UnknownAnswer(questions[i].id(), alone.low(), alone.high(), narrowing));
            }
        }
        // Stable: equal narrowings keep the questionnaire's order.
        unknowns.sort(Comparator.comparingDouble(ScoreResult.UnknownAnswer::rangeNarrowing)
                .reversed());
        return unknowns;
    }

    /** The overall index before rounding: what attributions split, and the property tests check for strict monotonicity. */
    double exactOverall(Map<String, Answer> answers) {
        Evaluation evaluation = evaluate(toArray(answers));
        return overall(evaluation.exactDimensionScore);
    }

    /** The overall index, unrounded, from given dimension scores: the tests' view of the compounding. */
    double overallOf(double[] dimensionScores) {
        return overall(dimensionScores);
    }

    /** One answer's risk value in [0, 1], before any scaling: the tests' view of the answer rules. */
    double answerRisk(String questionId, Answer answer) {
        return risk(indexById.get(questionId), answer);
    }

    /**
     * Each question's points before rounding, {@code 100 * w * r * f / D}, in questionnaire order:
     * 0 for a question hidden, unanswered or of weight 0. What {@link VersionMove} explains
     * a change of method with.
     */
    double[] exactPoints(Map<String, Answer> answers) {
        Answer[] given = toArray(answers);
        Evaluation evaluation = evaluate(given);
        double[] points = new double[questions.length];
        for (int i = 0; i < questions.length; i++) {
            if (evaluation.visible[i] && given[i] != null) {
                double factor = factor(i, given, evaluation.visible, evaluation.risk);
                points[i] = 100.0 * questionWeight[i] * evaluation.risk[i] * factor / dimensionMaximum[dimensionOf[i]];
            }
        }
        return points;
    }

    /** The position of a question in this version, or -1. */
    int indexOf(String questionId) {
        return indexById.getOrDefault(questionId, -1);
    }

    /** The position of a question's dimension among this version's dimensions. */
    int dimensionIndexOf(int question) {
        return dimensionOf[question];
    }

    /** Ids of answered questions that the other answers hide, in questionnaire order. */
    public List<String> hiddenAnswers(Map<String, Answer> answers) {
        Answer[] given = toArray(answers);
        boolean[] visible = visibility(given, new boolean[questions.length]);
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            if (given[i] != null && !visible[i]) {
                hidden.add(questions[i].id());
            }
        }
        return hidden;
    }

    /** Ids of required, visible questions without an answer, in questionnaire order. */
    public List<String> missingRequired(Map<String, Answer> answers) {
        Answer[] given = toArray(answers);
        boolean[] visible = visibility(given, new boolean[questions.length]);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            if (visible[i] && questions[i].required() && given[i] == null) {
                missing.add(questions[i].id());
            }
        }
        return missing;
    }

    /** The answers without those to hidden questions, in questionnaire order. */
    public Map<String, Answer> withoutHidden(Map<String, Answer> answers) {
        Answer[] given = toArray(answers);
        boolean[] visible = visibility(given, new boolean[questions.length]);
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (int i = 0; i < questions.length; i++) {
            if (given[i] != null && visible[i]) {
                kept.put(questions[i].id(), given[i]);
            }
        }
        return kept;
    }

    private Answer[] toArray(Map<String, Answer> answers) {
        Answer[] given = new Answer[questions.length];
        answers.forEach((questionId, answer) -> {
            Integer index = indexById.get(questionId);
            if (index == null) {
                throw new IllegalArgumentException(questionId + " is not a question of " + questionnaire.version());
            }
            given[index] = answer;
        });
        return given;
    }

    /**
     * Which questions are visible: those without a condition, and those whose controlling
     * question is visible and answered with a revealing value. Fills {@code revealed} with the
     * condition alone.
     */
    private boolean[] visibility(Answer[] given, boolean[] revealed) {
        boolean[] visible = new boolean[questions.length];
        for (int i = 0; i < questions.length; i++) {
            int controller = controllerOf[i];
            revealed[i] = controller < 0 || (given[controller] != null && reveals(i, given[controller]));
            visible[i] = revealed[i] && (controller < 0 || visible[controller]);
        }
        return visible;
    }

    private boolean reveals(int question, Answer controllerAnswer) {
        Set<Object> values = revealingValues[question];
        if (controllerAnswer instanceof Answer.Choice choice) {
            return values.contains(choice.optionId());
        }
        if (controllerAnswer instanceof Answer.Choices choices) {
            for (String optionId : choices.optionIds()) {
                if (values.contains(optionId)) {
                    return true;
                }
            }
            return false;
        }
        if (controllerAnswer instanceof Answer.Flag flag) {
            return values.contains(flag.value());
        }
        if (controllerAnswer instanceof Answer.Unknown) {
            return values.contains(Answer.Unknown.VALUE);
        }
        return false;
    }

    private double risk(int i, Answer answer) {
        Question question = questions[i];
        if (answer instanceof Answer.Choice choice) {
            return optionRisk[i].get(choice.optionId());
        }
        if (answer instanceof Answer.Choices choices) {
            if (question.combine() == Combination.MAX) {
                double riskiest = 0.0;
                for (String optionId : choices.optionIds()) {
                    riskiest = Math.max(riskiest, optionRisk[i].get(optionId));
                }
                return riskiest;
            }
            double survival = 1.0;
            for (String optionId : choices.optionIds()) {
                survival *= 1.0 - optionRisk[i].get(optionId);
            }
            return 1.0 - survival;
        }
        if (answer instanceof Answer.Unknown) {
            return question.unknownRisk();
        }
        if (answer instanceof Answer.Numeric numeric) {
            double position = (numeric.value() - question.min()) / (question.max() - question.min());
            return question.riskDirection() == RiskDirection.ASCENDING ? position : 1.0 - position;
        }
        boolean value = ((Answer.Flag) answer).value();
        return value == (question.riskDirection() == RiskDirection.ASCENDING) ? 1.0 : 0.0;
    }

    private Evaluation evaluate(Answer[] given) {
        int n = questions.length;
        boolean[] revealed = new boolean[n];
        boolean[] visible = visibility(given, revealed);
        double[] risk = new double[n];
        int visibleCount = 0;
        int answeredCount = 0;
        int unknownCount = 0;
        for (int i = 0; i < n; i++) {
            if (given[i] != null) {
                risk[i] = risk(i, given[i]);
            }
            if (visible[i]) {
                visibleCount++;
                if (given[i] != null) {
                    answeredCount++;
                    if (given[i] instanceof Answer.Unknown) {
                        unknownCount++;
                    }
                }
            }
        }
        double[] exact = dimensionScores(weighted(given, visible, risk));
        double[] rounded = toCents(exact);
        double overall = Cents.round(overall(rounded));
        return new Evaluation(
                given, revealed, visible, risk, exact, rounded, overall, visibleCount, answeredCount, unknownCount);
    }

    /** Each dimension's sum of {@code w_q * r_q * f_q} over its visible answers. */
    private double[] weighted(Answer[] given, boolean[] visible, double[] risk) {
        double[] weighted = new double[dimensionWeight.length];
        for (int i = 0; i < questions.length; i++) {
            if (visible[i] && given[i] != null) {
                weighted[dimensionOf[i]] += questionWeight[i] * risk[i] * factor(i, given, visible, risk);
            }
        }
        return weighted;
    }

    /**
     * The product of the risks of the answers that scale question i. One not given counts at its
     * lowest risk, as every missing answer does: answering it never lowers a score.
     */
    private double factor(int i, Answer[] given, boolean[] visible, double[] risk) {
        double factor = 1.0;
        for (int m : scaledBy[i]) {
            factor *= visible[m] && given[m] != null ? risk[m] : lowestRisk[m];
        }
        return factor;
    }

    /**
     * The overall index with the marked answers moved to their lowest-risk values: reuses today's
     * answer risks; questions that a move hides drop out.
     */
    private double overallWithLowestRisk(Evaluation today, boolean[] moved) {
        return roundedOverall(weightedWithLowestRisk(today, moved));
    }

    /** The weighted risk of each dimension with the moved answers at their lowest risk. */
    private double[] weightedWithLowestRisk(Evaluation today, boolean[] moved) {
        int n = questions.length;
        boolean[] visible = new boolean[n];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            int controller = controllerOf[i];
            visible[i] = controller < 0
                    || (visible[controller] && (moved[controller] ? revealedByLowestRisk[i] : today.revealed[i]));
            risk[i] = moved[i] ? lowestRisk[i] : today.risk[i];
        }
        return weighted(today.given, visible, risk);
    }

    /**
     * The highest index, to the cent, that a band holds: below the next band's lower bound; 100 for
     * the highest band. What a target band means for a score.
     *
     * @throws IllegalArgumentException when this version has no such band
     */
    public double ceilingOf(RiskBand band) {
        List<Band> bands = questionnaire.bands();
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).id() == band) {
                return b + 1 < bands.size() ? Cents.round(bands.get(b + 1).min() - 0.01) : 100.0;
            }
        }
        throw new IllegalArgumentException(questionnaire.version() + " has no band " + band);
    }

    /**
     * Steps of the improvement plan that bring a score to a ceiling, chosen greedily: at
     * each turn the step that lowers that score most, with the steps already taken done; the plan's
     * order breaks ties. Each step moves the answers that fired it to their lowest risk, as the
     * plan's expected reductions do.
     *
     * @param dimensionId a dimension of this version, or {@code null} for the overall index
     * @param ceiling the highest score that meets the target
     */
    public TargetPath pathTo(Map<String, Answer> answers, String dimensionId, double ceiling) {
        Evaluation today = evaluate(toArray(answers));
        int dimension = -1;
        if (dimensionId != null) {
            List<Dimension> dimensions = questionnaire.dimensions();
            for (int d = 0; d < dimensions.size(); d++) {
                if (dimensions.get(d).id().equals(dimensionId)) {
                    dimension = d;
                }
            }
            if (dimension < 0) {
                throw new IllegalArgumentException(questionnaire.version() + " has no dimension " + dimensionId);
            }
        }
        boolean[] moved = new boolean[questions.length];
        double score = scoreOf(weightedWithLowestRisk(today, moved), dimension);
        double current = score;
        List<ScoreResult.Recommendation> remaining = new ArrayList<>(recommendations(today));
        List<String> steps = new ArrayList<>();
        List<Double> afterEach = new ArrayList<>();
        while (score > ceiling && !remaining.isEmpty()) {
            ScoreResult.Recommendation best = null;
            double bestScore = score;
            for (ScoreResult.Recommendation step : remaining) {
                double after = scoreOf(weightedWithLowestRisk(today, with(moved, step)), dimension);
                if (after < bestScore) {
                    best = step;
                    bestScore = after;
                }
            }
            if (best == null) {
                break; // no step left lowers this score
            }
            moved = with(moved, best);
            remaining.remove(best);
            steps.add(best.id());
            afterEach.add(bestScore);
            score = bestScore;
        }
        return new TargetPath(current, ceiling, score <= ceiling, score, steps, afterEach);
    }

    private boolean[] with(boolean[] moved, ScoreResult.Recommendation step) {
        boolean[] more = moved.clone();
        step.triggeredBy().forEach(questionId -> more[indexById.get(questionId)] = true);
        return more;
    }

    /** A dimension's score, or the overall index for {@code -1}, to the cent. */
    private double scoreOf(double[] weighted, int dimension) {
        return dimension < 0 ? roundedOverall(weighted) : Cents.round(dimensionScores(weighted)[dimension]);
    }

    private double[] dimensionScores(double[] weighted) {
        double[] scores = new double[weighted.length];
        for (int d = 0; d < weighted.length; d++) {
            scores[d] = 100.0 * weighted[d] / dimensionMaximum[d];
        }
        return scores;
    }

    /** The overall index, rounded to the cent, from the dimension scores rounded to the cent. */
    private double roundedOverall(double[] weighted) {
        return Cents.round(overall(toCents(dimensionScores(weighted))));
    }

    private static double[] toCents(double[] values) {
        double[] cents = new double[values.length];
        for (int d = 0; d < values.length; d++) {
            cents[d] = Cents.round(values[d]);
        }
        return cents;
    }

    private double overall(double[] dimensionScores) {
        double sum = 0;
        for (int d = 0; d < dimensionScores.length; d++) {
            sum += dimensionWeight[d] * dimensionScores[d];
        }
        return switch (compounding) {
            case WEIGHTED_TERMS -> {
                for (int k = 0; k < interactionWeight.length; k++) {
                    sum += interactionWeight[k] * interactionValue(k, dimensionScores);
                }
                yield sum / totalWeight;
            }
            case HEADROOM -> {
                double mean = sum / dimensionWeightSum;
                yield mean + (100.0 - mean) * headroomShare(dimensionScores);
            }
        };
    }

    /** Under {@link Compounding#HEADROOM}: {@code sum(V_k * S_a * S_b / 10,000)}, below 1. */
    private double headroomShare(double[] dimensionScores) {
        double share = 0;
        for (int k = 0; k < interactionWeight.length; k++) {
            share += interactionWeight[k] * interactionValue(k, dimensionScores) / 100.0;
        }
        return share;
    }

    private double interactionValue(int k, double[] dimensionScores) {
        return dimensionScores[interactionFirst[k]] * dimensionScores[interactionSecond[k]] / 100.0;
    }

    private List<ScoreResult.DimensionScore> dimensionScores(Evaluation evaluation) {
        List<ScoreResult.DimensionScore> scores = new ArrayList<>(dimensionWeight.length);
        for (int d = 0; d < dimensionWeight.length; d++) {
            int[] answered = new int[questionsOf[d].length];
            int count = 0;
            for (int i : questionsOf[d]) {
                // A question that only scales others shows in their factors, not as points of its own.
                if (evaluation.visible[i] && evaluation.given[i] != null && questionWeight[i] > 0) {
                    answered[count++] = i;
                }
            }
            double[] points = new double[count];
            double[] factors = new double[count];
            for (int j = 0; j < count; j++) {
                int i = answered[j];
                factors[j] = factor(i, evaluation.given, evaluation.visible, evaluation.risk);
                points[j] = 100.0 * questionWeight[i] * evaluation.risk[i] * factors[j] / dimensionMaximum[d];
            }
            double[] cents = Cents.apportion(points, evaluation.dimensionScore[d]);
            List<ScoreResult.Contribution> contributions = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                int i = answered[j];
                contributions.add(new ScoreResult.Contribution(
                        questions[i].id(),
                        cents[j],
                        fourDecimals(evaluation.risk[i]),
                        questionWeight[i],
                        scaledBy[i].length == 0 ? null : fourDecimals(factors[j])));
            }
            scores.add(new ScoreResult.DimensionScore(
                    questionnaire.dimensions().get(d).id(), evaluation.dimensionScore[d], contributions));
        }
        return scores;
    }

    private List<ScoreResult.OverallTerm> overallTerms(Evaluation evaluation) {
        int dimensions = dimensionWeight.length;
        double[] points = new double[dimensions + interactionWeight.length];
        double[] values = new double[points.length];
        double dimensionDivisor = compounding == Compounding.HEADROOM ? dimensionWeightSum : totalWeight;
        double mean = 0;
        for (int d = 0; d < dimensions; d++) {
            values[d] = evaluation.dimensionScore[d];
            points[d] = dimensionWeight[d] * values[d] / dimensionDivisor;
            mean += points[d];
        }
        for (int k = 0; k < interactionWeight.length; k++) {
            values[dimensions + k] = interactionValue(k, evaluation.dimensionScore);
            points[dimensions + k] = compounding == Compounding.HEADROOM
                    ? (100.0 - mean) * interactionWeight[k] * values[dimensions + k] / 100.0
                    : interactionWeight[k] * values[dimensions + k] / totalWeight;
        }
        double[] cents = Cents.apportion(points, evaluation.overall);
        List<ScoreResult.OverallTerm> terms = new ArrayList<>(points.length);
        for (int d = 0; d < dimensions; d++) {
            terms.add(new ScoreResult.OverallTerm(
                    questionnaire.dimensions().get(d).id(),
                    TermKind.DIMENSION,
                    dimensionWeight[d],
                    values[d],
                    cents[d]));
        }
        for (int k = 0; k < interactionWeight.length; k++) {
            terms.add(new ScoreResult.OverallTerm(
                    questionnaire.interactions().get(k).id(),
                    TermKind.INTERACTION,
                    interactionWeight[k],
                    fourDecimals(values[dimensions + k]),
                    cents[dimensions + k]));
        }
        return terms;
    }

    private List<ScoreResult.Recommendation> recommendations(Evaluation today) {
        List<RecommendationRule> rules = questionnaire.recommendations();
        List<ScoreResult.Recommendation> fired = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            List<String> triggeredBy = new ArrayList<>();
            List<ScoreResult.Because> because = new ArrayList<>();
            boolean[] moved = new boolean[questions.length];
            for (int t = 0; t < ruleTriggerQuestion[r].length; t++) {
                int i = ruleTriggerQuestion[r][t];
                if (today.visible[i] && today.given[i] != null && today.risk[i] >= ruleTriggerMinRisk[r][t]) {
                    moved[i] = true;
                    triggeredBy.add(questions[i].id());
                    because.add(new ScoreResult.Because(questions[i].id(), today.given[i].toJson()));
                }
            }
            if (!triggeredBy.isEmpty()) {
                double reduction = Cents.round(today.overall - overallWithLowestRisk(today, moved));
                RecommendationRule rule = rules.get(r);
                fired.add(new ScoreResult.Recommendation(
                        rule.id(),
                        rule.title(),
                        rule.reference(),
                        rule.rationale(),
                        triggeredBy,
                        reduction,
                        because,
                        rule.target(),
                        rule.effort(),
                        rule.tradeOff(),
                        rule.effort() == null
                                ? null
                                : Cents.round(reduction / rule.effort().units())));
            }
        }
        // Stable sort: equal reductions keep the definition's order, so the plan is deterministic.
        fired.sort(Comparator.comparingDouble(ScoreResult.Recommendation::expectedRiskReduction)
                .reversed());
        return fired;
    }

    /**
     * For each interaction term, the plan's leading step on each side: the fired recommendation
     * with the largest reduction among those triggered in its first dimension only, and the same in
     * its second. Each one's own reduction already counts the term's fall, so the two do not add
     * up; the bundle says what doing both returns.
     */
    private List<ScoreResult.Bundle> bundles(Evaluation today, List<ScoreResult.Recommendation> plan) {
        List<ScoreResult.Bundle> bundles = new ArrayList<>();
        for (int k = 0; k < interactionWeight.length; k++) {
            ScoreResult.Recommendation first = leadingStepIn(plan, interactionFirst[k]);
            ScoreResult.Recommendation second = leadingStepIn(plan, interactionSecond[k]);
            if (first == null || second == null) {
                continue;
            }
            boolean[] moved = new boolean[questions.length];
            for (ScoreResult.Recommendation step : List.of(first, second)) {
                step.triggeredBy().forEach(questionId -> moved[indexById.get(questionId)] = true);
            }
            double joint = Cents.round(today.overall - overallWithLowestRisk(today, moved));
            double separate = Cents.round(first.expectedRiskReduction() + second.expectedRiskReduction());
            bundles.add(new ScoreResult.Bundle(
                    questionnaire.interactions().get(k).id(), List.of(first.id(), second.id()), joint, separate));
        }
        return bundles;
    }

    /** The plan's first recommendation whose triggering answers all lie in that dimension, or null. */
    private ScoreResult.Recommendation leadingStepIn(List<ScoreResult.Recommendation> plan, int dimension) {
        for (ScoreResult.Recommendation step : plan) {
            if (step.triggeredBy().stream().allMatch(id -> dimensionOf[indexById.get(id)] == dimension)) {
                return step;
            }
        }
        return null;
    }

    private static double fourDecimals(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    private RiskBand band(double overall) {
        RiskBand band = null;
        for (Band candidate : questionnaire.bands()) {
            if (overall >= candidate.min()) {
                band = candidate.id();
            }
        }
        return band;
    }

    /** One pass over the answers: what is visible, each answer's risk, the dimension scores. */
    private record Evaluation(
            Answer[] given,
            boolean[] revealed,
            boolean[] visible,
            double[] risk,
            double[] exactDimensionScore,
            double[] dimensionScore,
            double overall,
            int visibleCount,
            int answeredCount,
            int unknownCount) {

        double completeness() {
            return visibleCount == 0 ? 1.0 : Math.round(10_000.0 * answeredCount / visibleCount) / 10_000.0;
        }
    }
}
