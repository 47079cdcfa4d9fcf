package io.airisk.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.access.Caller;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.common.json.StrictJson;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.scoring.engine.Dimension;
import io.airisk.scoring.engine.Question;
import io.airisk.scoring.engine.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reports on submitted assessments: the stored result, with the names and texts of its
 * questionnaire version, laid out for people to read rather than for programs.
 */
@ApplicationScoped
public class Reports {

    /** Contributions listed under each dimension, largest first. */
    static final int TOP_CONTRIBUTIONS = 3;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final ObjectMapper mapper;

    public Reports(AssessmentService assessments, QuestionnaireCatalog catalog, ObjectMapper mapper) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.mapper = StrictJson.unbounded(mapper); // reads stored results, not requests
    }

    /** The report of a submitted assessment the caller reaches. */
    public Report report(Caller caller, UUID id, String requestedId) {
        AssessmentView view = submitted(caller, id, requestedId);
        Questionnaire questionnaire =
                catalog.require(view.questionnaireVersion()).questionnaire();
        JsonNode result = result(view);
        Map<String, String> questions =
                questionnaire.questions().stream().collect(Collectors.toMap(Question::id, Question::text));
        Map<String, Dimension> dimensions =
                questionnaire.dimensions().stream().collect(Collectors.toMap(Dimension::id, Function.identity()));

        List<Report.DimensionRow> rows = new ArrayList<>();
        for (JsonNode dimension : result.path("dimensions")) {
            double score = dimension.path("score").asDouble();
            List<Report.Contribution> top = stream(dimension.path("contributions"))
                    .filter(contribution -> contribution.path("points").asDouble() > 0)
                    .sorted(Comparator.comparingDouble((JsonNode contribution) ->
                                    contribution.path("points").asDouble())
                            .reversed())
                    .limit(TOP_CONTRIBUTIONS)
                    .map(contribution -> new Report.Contribution(
                            questions.getOrDefault(
                                    contribution.path("questionId").asText(),
                                    contribution.path("questionId").asText()),
                            number(contribution.path("points").asDouble())))
                    .toList();
            rows.add(new Report.DimensionRow(
                    name(dimensions, dimension.path("id").asText()), number(score), top));
        }
        List<Report.PlanItem> plan = stream(result.path("recommendations"))
                .map(step -> new Report.PlanItem(
                        step.path("title").asText(),
                        text(step.path("reference")),
                        text(step.path("rationale")),
                        number(step.path("expectedRiskReduction").asDouble()),
                        text(step.path("effort")),
                        text(step.path("target")),
                        text(step.path("tradeOff"))))
                .toList();
        JsonNode range = result.path("range");
        return new Report(
                view.organization().name(),
                view.organization().industry(),
                view.organization().size(),
                DATE.format(view.submittedAt().atZone(ZoneOffset.UTC)),
                view.questionnaireVersion(),
                questionnaire.title(),
                result.path("band").asText(),
                number(result.path("overallRisk").asDouble()),
                range.isObject()
                        ? number(range.path("low").asDouble()) + " to "
                                + number(range.path("high").asDouble())
                        : null,
                result.path("unknownCount").asInt(),
                rows,
                plan,
                text(result.path("notice")),
                radar(result, dimensions));
    }

    /** The radar chart of a submitted assessment's dimensions. */
    public RadarChart radar(Caller caller, UUID id, String requestedId) {
        AssessmentView view = submitted(caller, id, requestedId);
        Questionnaire questionnaire =
                catalog.require(view.questionnaireVersion()).questionnaire();
        return radar(
                result(view),
                questionnaire.dimensions().stream().collect(Collectors.toMap(Dimension::id, Function.identity())));
    }

    /** A submitted assessment's band and overall index, for a badge. */
    public Badge badge(Caller caller, UUID id, String requestedId) {
        JsonNode result = result(submitted(caller, id, requestedId));
        return Badge.of(
                result.path("band").asText(), number(result.path("overallRisk").asDouble()));
    }

    private AssessmentView submitted(Caller caller, UUID id, String requestedId) {
        AssessmentView view =
                assessments.find(caller, id).orElseThrow(() -> new AssessmentNotFoundException(requestedId));
        if (view.status() != AssessmentStatus.SUBMITTED || view.result() == null) {
            throw new AssessmentNotSubmittedException(id);
        }
        return view;
    }

    private JsonNode result(AssessmentView view) {
        try {
            return mapper.readTree(view.result());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored result of " + view.id() + " is not JSON", e);
        }
    }

    private static RadarChart radar(JsonNode result, Map<String, Dimension> dimensions) {
        return RadarChart.of(stream(result.path("dimensions"))
                .map(dimension -> new RadarChart.Value(
                        name(dimensions, dimension.path("id").asText()),
                        dimension.path("score").asDouble()))
                .toList());
    }

    private static String name(Map<String, Dimension> dimensions, String id) {
        Dimension dimension = dimensions.get(id);
        return dimension == null ? id : dimension.name();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** A score or points as printed: one decimal, a point for the decimal separator. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
