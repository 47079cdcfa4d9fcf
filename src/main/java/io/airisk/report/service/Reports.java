package io.airisk.report.service;

import io.airisk.access.Caller;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.service.AnswerNote;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.assessment.service.NotAllowedException;
import io.airisk.assessment.service.OrganizationHistory;
import io.airisk.assessment.service.Respondents;
import io.airisk.assessment.service.Trend;
import io.airisk.engine.Anchor;
import io.airisk.engine.Answer;
import io.airisk.engine.Dimension;
import io.airisk.engine.Option;
import io.airisk.engine.Question;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.RecommendationRule;
import io.airisk.engine.Reference;
import io.airisk.engine.ScoreResult;
import io.airisk.portfolio.service.PeerScope;
import io.airisk.portfolio.service.PeerView;
import io.airisk.portfolio.service.Peers;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reports on submitted assessments: the stored result, with the names and texts of its
 * questionnaire version, laid out for people to read rather than for programs.
 */
@ApplicationScoped
public class Reports {

    /** Contributions listed under each dimension, largest first. */
    static final int TOP_CONTRIBUTIONS = 3;

    /** The most assessments of an organization the report's trend chart shows. */
    static final int TREND_POINTS = 12;

    /** Steps listed as quick wins: the most reduction per unit of effort. */
    static final int QUICK_WINS = 3;

    /** Steps the summary on the report's first page lists: those with the largest reductions. */
    static final int LEADING_STEPS = 5;

    /** Dates where the words are English (the portfolio page). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final AssessmentService assessments;
    private final OrganizationHistory history;
    private final QuestionnaireCatalog catalog;
    private final Peers peers;
    private final Respondents respondents;

    public Reports(
            AssessmentService assessments,
            OrganizationHistory history,
            QuestionnaireCatalog catalog,
            Peers peers,
            Respondents respondents) {
        this.peers = peers;
        this.respondents = respondents;
        this.assessments = assessments;
        this.history = history;
        this.catalog = catalog;
    }

    /**
     * How one report is written: its language's words, and figures and dates as that language
     * writes them.
     */
    record Writing(String language, Locale locale, ReportMessages words, DateTimeFormatter date) {

        static Writing in(String language) {
            Locale locale = Locale.forLanguageTag(language);
            ReportMessages words = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language));
            return new Writing(language, locale, words, DateTimeFormatter.ofPattern(words.datePattern(), locale));
        }

        /** A score or points: one decimal, with the language's decimal separator. */
        String number(double value) {
            return String.format(locale, "%.1f", value);
        }

        String date(java.time.Instant instant) {
            return date.format(instant.atZone(ZoneOffset.UTC));
        }
    }

    /** The report of a submitted assessment the caller reaches, in {@code language} (en, de or fr). */
    public Report report(Caller caller, UUID id, String language) {
        AssessmentView view = submitted(caller, id);
        Writing writing = Writing.in(language);
        Questionnaire questionnaire = catalog.questionnaire(catalog.require(view.questionnaireVersion()), language);
        ScoreResult result = view.result();
        Map<String, String> questions =
                questionnaire.questions().stream().collect(Collectors.toMap(Question::id, Question::text));
        Map<String, Dimension> dimensions = dimensions(questionnaire);
        Map<String, List<String>> notes = notes(view, writing.words());
        Map<String, RecommendationRule> rules = questionnaire.recommendations().stream()
                .collect(Collectors.toMap(RecommendationRule::id, Function.identity()));

        List<Report.DimensionRow> rows = result.dimensions().stream()
                .map(dimension -> new Report.DimensionRow(
                        name(dimensions, dimension.id()),
                        writing.number(dimension.score()),
                        given(questionnaire, dimension, view.answers(), notes, writing)))
                .toList();
        Map<String, String> references =
                questionnaire.references().stream().collect(Collectors.toMap(Reference::id, Reference::summary));
        Map<String, Report.PlanItem> steps = new LinkedHashMap<>();
        for (ScoreResult.Recommendation step : result.recommendations()) {
            // The stored result's words are English: the plan takes the rule's words in the report's language.
            RecommendationRule rule = rules.get(step.id());
            steps.put(
                    step.id(),
                    new Report.PlanItem(
                            rule == null ? step.title() : rule.title(),
                            step.reference(),
                            references.get(step.reference()),
                            rule == null ? step.rationale() : rule.rationale(),
                            writing.number(step.expectedRiskReduction()),
                            step.effort() == null ? null : step.effort().name(),
                            step.reductionPerEffort() == null ? null : writing.number(step.reductionPerEffort()),
                            rule == null ? step.target() : rule.target(),
                            rule == null ? step.tradeOff() : rule.tradeOff()));
        }
        List<Report.PlanItem> plan = List.copyOf(steps.values());
        List<Report.PlanItem> leading = result.recommendations().stream()
                .sorted(Comparator.comparingDouble(ScoreResult.Recommendation::expectedRiskReduction)
                        .reversed())
                .limit(LEADING_STEPS)
                .map(step -> steps.get(step.id()))
                .toList();
        List<Report.ReferenceNote> referenced = questionnaire.references().stream()
                .filter(reference ->
                        plan.stream().anyMatch(step -> reference.id().equals(step.reference())))
                .map(reference -> new Report.ReferenceNote(reference.id(), reference.summary()))
                .toList();
        List<Report.PlanItem> quickWins = result.recommendations().stream()
                .filter(step -> step.reductionPerEffort() != null)
                .sorted(Comparator.comparingDouble(ScoreResult.Recommendation::reductionPerEffort)
                        .reversed())
                .limit(QUICK_WINS)
                .map(step -> steps.get(step.id()))
                .toList();
        List<Report.Unknown> findOutFirst = result.unknowns().stream()
                .map(unknown -> new Report.Unknown(
                        questions.getOrDefault(unknown.questionId(), unknown.questionId()),
                        writing.number(unknown.rangeNarrowing())))
                .toList();
        List<Report.Bundle> bundles = result.bundles().stream()
                .map(bundle -> new Report.Bundle(
                        steps.get(bundle.recommendations().get(0)).title(),
                        steps.get(bundle.recommendations().get(1)).title(),
                        writing.number(bundle.jointReduction()),
                        writing.number(bundle.separateReductions())))
                .toList();
        ScoreResult.Range range = result.range();
        History history = view.status() == AssessmentStatus.SUBMITTED
                ? history(caller, view, questions, writing)
                : new History(null, null, List.of());
        return new Report(
                view.organization().name(),
                view.organization().industry(),
                view.organization().size(),
                writing.date(view.submittedAt()),
                review(view, writing),
                view.questionnaireVersion(),
                questionnaire.title(),
                result.band().name(),
                writing.number(result.overallRisk()),
                range == null ? null : writing.number(range.low()),
                range == null ? null : writing.number(range.high()),
                result.unknownCount(),
                rows,
                plan,
                leading,
                referenced,
                findOutFirst,
                quickWins,
                bundles,
                history.lastChange(),
                history.chart(),
                QuestionnaireCatalog.ORIGINAL_LANGUAGE.equals(language) ? result.notice() : questionnaire.notice(),
                radar(result, dimensions),
                peerRanks(peers.widest(caller, view), view, dimensions, writing),
                language);
    }

    private static Report.PeerRanks peerRanks(
            PeerView ranks, AssessmentView view, Map<String, Dimension> dimensions, Writing writing) {
        if (!ranks.available()) {
            return null;
        }
        String industry = view.organization().industry();
        String size = view.organization().size();
        String group = ranks.scope() == PeerScope.SHARED
                ? writing.words().peersShared(ranks.groupSize(), industry, size)
                : writing.words().peersTenant(ranks.groupSize(), industry, size);
        List<Report.PeerRank> rows = new ArrayList<>();
        ranks.percentile()
                .dimensions()
                .forEach((id, percentile) ->
                        rows.add(new Report.PeerRank(name(dimensions, id), writing.number(percentile))));
        return new Report.PeerRanks(group, writing.number(ranks.percentile().overall()), rows);
    }

    /**
     * The organization's history up to an assessment, as the report and the widget show it: the
     * last change in a sentence and the chart of the index, both null for its first assessment.
     */
    public record History(String lastChange, TrendChart chart, List<Trend.Point> points) {}

    /** The history up to a submitted assessment the caller reaches. */
    public History history(Caller caller, UUID id) {
        AssessmentView view = submitted(caller, id);
        Questionnaire questionnaire =
                catalog.require(view.questionnaireVersion()).questionnaire();
        return history(
                caller,
                view,
                questionnaire.questions().stream().collect(Collectors.toMap(Question::id, Question::text)),
                Writing.in(QuestionnaireCatalog.ORIGINAL_LANGUAGE));
    }

    /**
     * The organization's submitted assessments up to this one. Whoever reaches the assessment, a
     * token included, sees them: they are the same organization's, and none later than this one.
     */
    private History history(Caller caller, AssessmentView view, Map<String, String> questions, Writing writing) {
        Optional<OrganizationHistory.SinceLast> since =
                history.sinceLast(caller, view.organizationId(), view.id(), TREND_POINTS);
        if (since.isEmpty()) {
            return new History(null, null, List.of());
        }
        List<Trend.Point> points = since.get().points();
        TrendChart chart = TrendChart.of(points.stream()
                .map(point -> new TrendChart.Value(point.overallRisk(), writing.date(point.submittedAt())))
                .toList());
        Trend.Point previous = points.get(points.size() - 2);
        Trend.Delta delta = since.get().lastChange();
        return new History(lastChange(previous, view, delta, questions, writing), chart, points);
    }

    private static String lastChange(
            Trend.Point previous,
            AssessmentView view,
            Trend.Delta delta,
            Map<String, String> questions,
            Writing writing) {
        ReportMessages words = writing.words();
        double change = view.result().overallRisk() - previous.overallRisk();
        String moved = Math.abs(change) < 0.005
                ? words.unchanged()
                : change > 0 ? words.rose(writing.number(change)) : words.fell(writing.number(-change));
        StringBuilder sentence = new StringBuilder(words.lastChange(
                writing.date(previous.submittedAt()),
                writing.number(previous.overallRisk()),
                previous.questionnaireVersion(),
                moved));
        if (delta == null || delta.explained() == null) {
            return sentence.append('.').toString();
        }
        List<String> causes = new ArrayList<>();
        if (delta.explained().versionEffect() != 0) {
            causes.add(words.causeVersion(signed(delta.explained().versionEffect(), writing)));
        }
        delta.explained().answers().stream()
                .limit(2)
                .forEach(answer -> causes.add(words.causeAnswer(
                        questions.getOrDefault(answer.questionId(), answer.questionId()),
                        signed(answer.effect(), writing))));
        if (!causes.isEmpty()) {
            sentence.append(": ").append(String.join("; ", causes));
        }
        return sentence.append('.').toString();
    }

    private static String signed(double points, Writing writing) {
        return (points >= 0 ? "+" : "\u2212") + writing.number(Math.abs(points));
    }

    /** The radar chart of a submitted assessment's dimensions. */
    public RadarChart radar(Caller caller, UUID id, String language) {
        AssessmentView view = submitted(caller, id);
        return radar(
                view.result(),
                dimensions(catalog.questionnaire(catalog.require(view.questionnaireVersion()), language)));
    }

    /** A submitted assessment's band and overall index, for a badge. */
    public Badge badge(Caller caller, UUID id) {
        ScoreResult result = submitted(caller, id).result();
        return Badge.of(result.band().name(), number(result.overallRisk()));
    }

    /** Who approved the assessment, or that it waits for a review; {@code null} where none is required. */
    private static String review(AssessmentView view, Writing writing) {
        if (view.status() == AssessmentStatus.IN_REVIEW) {
            return writing.words().awaitingReview(view.submittedBy());
        }
        if (view.approvedBy() != null) {
            return writing.words().approved(view.approvedBy(), writing.date(view.approvedAt()));
        }
        return null;
    }

    /** The notes on the assessment's answers, by question id, each with who wrote it. */
    private Map<String, List<String>> notes(AssessmentView view, ReportMessages words) {
        Map<UUID, String> names = respondents.names(view.id());
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (AnswerNote note : respondents.notes(view.id())) {
            String by;
            if (note.resolution()) {
                by = words.byChoice();
            } else if (note.role() != null) {
                String name = names.get(note.respondentId());
                by = words.byRespondent(
                        name == null ? words.aRespondent() : name, note.role().name());
            } else {
                by = words.byCoordinator();
            }
            notes.computeIfAbsent(note.questionId(), id -> new ArrayList<>()).add(note.note() + " (" + by + ")");
        }
        return notes;
    }

    /**
     * The answers given to a dimension's questions, in questionnaire order, each with the points it
     * adds to the dimension, whether it is among those that add most, and its notes.
     */
    private static List<Report.Given> given(
            Questionnaire questionnaire,
            ScoreResult.DimensionScore dimension,
            Map<String, Object> answers,
            Map<String, List<String>> notes,
            Writing writing) {
        Map<String, Double> points = new LinkedHashMap<>();
        dimension.contributions().stream()
                .filter(contribution -> contribution.points() > 0)
                .forEach(contribution -> points.merge(contribution.questionId(), contribution.points(), Double::sum));
        List<String> weighsMost = points.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(TOP_CONTRIBUTIONS)
                .map(Map.Entry::getKey)
                .toList();
        List<Report.Given> given = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Object answer = answers.get(question.id());
            if (question.dimension().equals(dimension.id()) && answer != null) {
                Double added = points.get(question.id());
                given.add(given(
                        question,
                        answer,
                        added == null ? null : writing.number(added),
                        weighsMost.contains(question.id()),
                        notes.getOrDefault(question.id(), List.of())));
            }
        }
        return given;
    }

    /** An answer as the report shows it: yes, no, unknown, or in words (see {@link #answerText}). */
    static Report.Given given(Question question, Object answer, String points, boolean weighsMost, List<String> notes) {
        Report.Given.Kind kind = Report.Given.Kind.TEXT;
        String text = null;
        if (question.allowsUnknown() && Answer.Unknown.VALUE.equals(answer)) {
            kind = Report.Given.Kind.UNKNOWN;
        } else if (answer instanceof Boolean flag) {
            kind = flag ? Report.Given.Kind.YES : Report.Given.Kind.NO;
        } else {
            text = answerText(question, answer);
        }
        return new Report.Given(question.text(), kind, text, points, weighsMost, notes);
    }

    /** An answer in words: its options' labels, or a number with its unit and the anchor it sits on. */
    static String answerText(Question question, Object answer) {
        if (answer instanceof List<?> options) {
            return options.stream().map(option -> label(question, option)).collect(Collectors.joining("; "));
        }
        if (answer instanceof Number value) {
            String shown = value.doubleValue() == Math.rint(value.doubleValue())
                    ? Long.toString(value.longValue())
                    : value.toString();
            Anchor anchor = question.anchors() == null
                    ? null
                    : question.anchors().stream()
                            .filter(candidate -> candidate.value() != null && candidate.value() == value.doubleValue())
                            .findFirst()
                            .orElse(null);
            return shown
                    + (question.unit() == null ? "" : " " + question.unit())
                    + (anchor == null ? "" : ": " + anchor.label());
        }
        return label(question, answer);
    }

    private static String label(Question question, Object optionId) {
        return question.options() == null
                ? String.valueOf(optionId)
                : question.options().stream()
                        .filter(option -> option.id().equals(optionId))
                        .map(Option::label)
                        .findFirst()
                        .orElse(String.valueOf(optionId));
    }

    private AssessmentView submitted(Caller caller, UUID id) {
        if (!caller.coordinates()) {
            throw new NotAllowedException("a token that answers for a role does not see the result");
        }
        AssessmentView view = assessments.find(caller, id).orElseThrow(() -> new AssessmentNotFoundException(id));
        if (view.status() == AssessmentStatus.DRAFT || view.result() == null) {
            throw new AssessmentNotSubmittedException(id);
        }
        return view;
    }

    private static Map<String, Dimension> dimensions(Questionnaire questionnaire) {
        return questionnaire.dimensions().stream().collect(Collectors.toMap(Dimension::id, Function.identity()));
    }

    private static RadarChart radar(ScoreResult result, Map<String, Dimension> dimensions) {
        return RadarChart.of(result.dimensions().stream()
                .map(dimension -> new RadarChart.Value(name(dimensions, dimension.id()), dimension.score()))
                .toList());
    }

    private static String name(Map<String, Dimension> dimensions, String id) {
        Dimension dimension = dimensions.get(id);
        return dimension == null ? id : dimension.name();
    }

    /** A score or points as printed: one decimal, a point for the decimal separator. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
