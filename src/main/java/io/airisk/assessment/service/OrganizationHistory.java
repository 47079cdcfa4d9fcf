package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.HistoryEntry;
import io.airisk.assessment.repository.OrganizationEntity;
import io.airisk.engine.Answer;
import io.airisk.engine.ChangeExplainer;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.Target;
import io.airisk.engine.TargetPath;
import io.airisk.engine.VersionMove;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** An organization's history: re-assessing it from its latest result, and the trend of its index. */
@ApplicationScoped
@Transactional
public class OrganizationHistory {

    /** The most assessments a trend shows, the latest ones, and explains the changes between. */
    public static final int MAX_POINTS = 100;

    private final Organizations organizations;
    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final QuestionnaireCatalog catalog;

    public OrganizationHistory(
            Organizations organizations,
            AssessmentRepository assessments,
            AssessmentService service,
            QuestionnaireCatalog catalog) {
        this.organizations = organizations;
        this.assessments = assessments;
        this.service = service;
        this.catalog = catalog;
    }

    /**
     * A new draft of the organization on the current version: empty, or with the answers of its
     * latest submitted assessment, moved to the current version when it was on an earlier one.
     */
    public Reassessment reassess(Caller caller, UUID organizationId, boolean fromLatest)
            throws OrganizationNotFoundException, NothingToStartFromException, NoMigrationException {
        OrganizationEntity organization = organizations.require(caller, organizationId);
        ScoringEngine current = catalog.current();
        String to = current.questionnaire().version();
        Organization details = new Organization(organization.name, organization.industry, organization.size);
        if (!fromLatest) {
            AssessmentEntity draft = service.insertDraft(caller, organization, details, current, Map.of());
            return new Reassessment(
                    service.view(draft), null, null, List.of(), List.of(), current.missingRequired(Map.of()));
        }
        List<HistoryEntry> latest = assessments.history(organizationId, 1);
        if (latest.isEmpty()) {
            throw new NothingToStartFromException(organizationId);
        }
        HistoryEntry last = latest.get(0);
        ScoringEngine earlier = catalog.require(last.questionnaireVersion());
        Map<String, Answer> answers = earlier.parse(last.answers());
        Map<String, Answer> carried;
        List<String> unmapped;
        if (earlier == current) {
            carried = answers;
            unmapped = List.of();
        } else {
            VersionMove.Moved moved = catalog.move(last.questionnaireVersion(), to)
                    .orElseThrow(() -> new NoMigrationException(last.questionnaireVersion(), to))
                    .move(answers);
            carried = moved.answers();
            unmapped = moved.unmapped();
        }
        AssessmentEntity draft = service.insertDraft(caller, organization, details, current, carried);
        return new Reassessment(
                service.view(draft),
                last.id(),
                last.questionnaireVersion(),
                List.copyOf(carried.keySet()),
                unmapped,
                current.missingRequired(carried));
    }

    /** The organization's last {@code limit} submitted assessments, and each change between two explained. */
    @Transactional(TxType.SUPPORTS)
    public Trend trend(Caller caller, UUID organizationId, int limit) throws OrganizationNotFoundException {
        OrganizationEntity organization = organizations.require(caller, organizationId);
        List<Scored> history = scored(assessments.history(organizationId, limit));
        List<Trend.Delta> deltas = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            deltas.add(explain(history.get(i - 1), history.get(i)));
        }
        List<Trend.TargetStatus> targets = organization.targets == null || history.isEmpty()
                ? List.of()
                : targets(organization.targets, history.get(history.size() - 1));
        return new Trend(organizationId, points(history), deltas, targets);
    }

    /**
     * Where an assessment stands against each target, and the steps of its plan that close the
     * distance: the overall index's first, then the dimensions' in the questionnaire's order. A
     * target its version cannot measure (a dimension or band it does not have) is left out.
     */
    private static List<Trend.TargetStatus> targets(Map<String, Target> targets, Scored latest) {
        ScoringEngine engine = latest.engine();
        Map<String, String> titles = new LinkedHashMap<>();
        latest.result().recommendations().forEach(step -> titles.put(step.id(), step.title()));
        List<String> scopes = new ArrayList<>(List.of(Organizations.OVERALL));
        engine.questionnaire().dimensions().forEach(d -> scopes.add(d.id()));
        List<Trend.TargetStatus> statuses = new ArrayList<>();
        for (String scope : scopes) {
            Target target = targets.get(scope);
            boolean banded = target != null
                    && (target.band() == null
                            || engine.questionnaire().bands().stream().anyMatch(band -> band.id() == target.band()));
            if (!banded) {
                continue;
            }
            String dimension = scope.equals(Organizations.OVERALL) ? null : scope;
            double ceiling = target.index() != null ? target.index() : engine.ceilingOf(target.band());
            TargetPath path = engine.pathTo(latest.answers(), dimension, ceiling);
            statuses.add(new Trend.TargetStatus(
                    scope,
                    target,
                    ceiling,
                    path.current(),
                    path.distance(),
                    path.current() <= ceiling,
                    path.reached(),
                    path.after(),
                    IntStream.range(0, path.steps().size())
                            .mapToObj(i -> new Trend.Step(
                                    path.steps().get(i),
                                    titles.get(path.steps().get(i)),
                                    path.afterEach().get(i)))
                            .toList()));
        }
        return statuses;
    }

    /**
     * The organization's history up to one of its submitted assessments, among its last
     * {@code limit}, with only the change from the one before it explained: what a report shows.
     * Empty when the assessment is its first, or older than those.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<SinceLast> sinceLast(Caller caller, UUID organizationId, UUID assessmentId, int limit) {
        organizations.require(caller, organizationId);
        List<HistoryEntry> upTo = new ArrayList<>();
        for (HistoryEntry entry : assessments.history(organizationId, limit)) {
            upTo.add(entry);
            if (entry.id().equals(assessmentId)) {
                break;
            }
        }
        int n = upTo.size();
        if (n < 2 || !upTo.get(n - 1).id().equals(assessmentId)) {
            return Optional.empty();
        }
        List<Scored> history = scored(upTo);
        return Optional.of(new SinceLast(points(history), explain(history.get(n - 2), history.get(n - 1))));
    }

    /** An organization's submitted assessments up to one, and the last change among them explained. */
    public record SinceLast(List<Trend.Point> points, Trend.Delta lastChange) {}

    /** An entry of the history with its answers parsed and scored by the engine of its version. */
    private record Scored(HistoryEntry entry, ScoringEngine engine, Map<String, Answer> answers, ScoreResult result) {}

    private List<Scored> scored(List<HistoryEntry> history) {
        List<Scored> scored = new ArrayList<>(history.size());
        for (HistoryEntry entry : history) {
            ScoringEngine engine = catalog.require(entry.questionnaireVersion());
            Map<String, Answer> answers = engine.parse(entry.answers());
            scored.add(new Scored(entry, engine, answers, engine.score(answers)));
        }
        return scored;
    }

    private static List<Trend.Point> points(List<Scored> history) {
        List<Trend.Point> points = new ArrayList<>(history.size());
        for (Scored scored : history) {
            ScoreResult result = scored.result();
            Map<String, Double> dimensions = new LinkedHashMap<>();
            result.dimensions().forEach(d -> dimensions.put(d.id(), d.score()));
            points.add(new Trend.Point(
                    scored.entry().id(),
                    scored.entry().submittedAt(),
                    scored.entry().questionnaireVersion(),
                    result.overallRisk(),
                    result.band(),
                    result.range(),
                    dimensions));
        }
        return points;
    }

    private Trend.Delta explain(Scored earlier, Scored later) {
        ScoringEngine from = earlier.engine();
        ScoringEngine to = later.engine();
        String fromVersion = earlier.entry().questionnaireVersion();
        VersionMove move = from == to
                ? null
                : catalog.move(fromVersion, later.entry().questionnaireVersion())
                        .orElse(null);
        ChangeExplainer.Delta explained = move == null && from != to
                ? null
                : ChangeExplainer.explain(from, earlier.answers(), to, later.answers(), move);
        return new Trend.Delta(earlier.entry().id(), later.entry().id(), explained);
    }
}
