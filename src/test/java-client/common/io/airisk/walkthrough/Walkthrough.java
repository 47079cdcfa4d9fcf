package io.airisk.walkthrough;

import io.airisk.client.ApiClient;
import io.airisk.client.ApiException;
import io.airisk.client.api.AssessmentsApi;
import io.airisk.client.api.KeysApi;
import io.airisk.client.api.QuestionnairesApi;
import io.airisk.client.api.ReportsApi;
import io.airisk.client.api.ScoresApi;
import io.airisk.client.api.TokensApi;
import io.airisk.client.model.Assessment;
import io.airisk.client.model.AssessmentHistory;
import io.airisk.client.model.AssessmentStatus;
import io.airisk.client.model.CreateAssessmentRequest;
import io.airisk.client.model.CreateKeyRequest;
import io.airisk.client.model.CreatedApiKey;
import io.airisk.client.model.CreatedToken;
import io.airisk.client.model.KeyRole;
import io.airisk.client.model.Organization;
import io.airisk.client.model.Questionnaire;
import io.airisk.client.model.Recommendation;
import io.airisk.client.model.RiskBand;
import io.airisk.client.model.ScoreRequest;
import io.airisk.client.model.ScoreResult;
import io.airisk.client.model.TokenRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The README's walk-through, through a Java client generated from the service's OpenAPI document;
 * compiled against the `native` and the `okhttp-gson` library alike (only {@link Clients}, which
 * makes the client and gives it the key, differs). Answers are plain Java values: a String, a
 * List of Strings, a number, a boolean, "unknown", or null to remove one.
 */
public final class Walkthrough {

    private Walkthrough() {}

    /** The answers of the worked example in docs/methodology.md (examples/worked-example-answers.json). */
    static Map<String, Object> workedExample() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("llm.production_use", "core");
        answers.put("llm.revenue_share", "10_to_25");
        answers.put("llm.process_share", "25_to_50");
        answers.put("llm.vendor_readiness", "same_provider");
        answers.put("llm.finetune_spend_share", "10_to_25");
        answers.put("llm.upgrade_rework", "most");
        answers.put("reasoning.product_reasoning", "feature");
        answers.put("reasoning.decision_share", "10_to_25");
        answers.put("reasoning.critical_areas", List.of("planning", "finance"));
        answers.put("reasoning.agent_autonomy", "approve_some");
        answers.put("reasoning.failure_impact", 4);
        answers.put("reasoning.verification", "sometimes");
        answers.put("reasoning.reversibility", "most");
        answers.put("infra.llm_commitment_term", "24_to_36");
        answers.put("infra.llm_commitment_size", "10_to_25");
        answers.put("infra.compute_commitments", "none");
        answers.put("infra.proprietary_features", List.of("tool_formats", "embeddings"));
        answers.put("infra.move_time", "3_to_12");
        answers.put("infra.finetuned_weights", "provider_keeps");
        answers.put("infra.training_data", "yes");
        answers.put("adapt.abstraction_layer", "untested");
        answers.put("adapt.last_replatform", "12_or_more");
        answers.put("adapt.alternative_approaches", "roadmap");
        answers.put("adapt.non_text_data", "raw");
        answers.put("adapt.model_evaluation", "once");
        answers.put("adapt.skills", "one");
        answers.put("talent.long_term_share", "under_10");
        answers.put("talent.long_term_protection", "often");
        answers.put("talent.research_leadership", "product");
        answers.put("talent.research_goals", "research");
        answers.put("talent.senior_attrition", "unknown");
        answers.put("talent.cuts", "no");
        answers.put("talent.key_people", "unknown");
        answers.put("signals.owner", "informal");
        answers.put("signals.review_cadence", "yearly");
        answers.put("signals.upgrade_gains", "unknown");
        answers.put("signals.decision_triggers", false);
        return answers;
    }

    public static void main(String[] args) throws Exception {
        String basePath = System.getenv().getOrDefault("AIRISK_URL", "http://localhost:8080");
        // Every call carries a key: the bootstrap ADMIN key here, sent as Authorization: Bearer.
        ApiClient client = Clients.client(basePath, System.getenv("AIRISK_KEY"));
        QuestionnairesApi questionnaires = new QuestionnairesApi(client);
        AssessmentsApi assessments = new AssessmentsApi(client);
        ScoresApi scores = new ScoresApi(client);
        TokensApi tokens = new TokensApi(client);
        KeysApi keys = new KeysApi(client);
        ReportsApi reports = new ReportsApi(client);

        // 1. Read the questionnaire.
        Questionnaire current = questionnaires.getCurrentQuestionnaire(null);
        check(
                !current.getQuestions().isEmpty(),
                "questionnaire " + current.getVersion() + " has "
                        + current.getQuestions().size() + " questions");
        Questionnaire german = questionnaires.getCurrentQuestionnaire("de");
        check(
                !german.getTitle().equals(current.getTitle())
                        && german.getQuestions()
                                .get(0)
                                .getId()
                                .equals(current.getQuestions().get(0).getId()),
                "in German, its texts change and its ids do not");

        // 2. Create a draft with a first answer.
        Assessment draft = assessments.createAssessment(
                new CreateAssessmentRequest()
                        .organization(new Organization()
                                .name("Java walk-through " + UUID.randomUUID())
                                .industry("Manufacturing"))
                        .answers(Map.of("llm.production_use", "core")),
                "walk-through-" + UUID.randomUUID());
        check(draft.getStatus() == AssessmentStatus.DRAFT, "a new assessment is a draft");
        UUID id = draft.getId();

        // 3. Answer: the worked example's answers, all at once; null removes an answer.
        Map<String, Object> worked = workedExample();
        Assessment answered = assessments.answerAssessment(id, worked, "\"" + draft.getVersion() + "\"");
        check(answered.getAnswers().size() == worked.size(), "every answer is kept");
        Map<String, Object> removal = new HashMap<>();
        removal.put("signals.decision_triggers", null);
        check(
                !assessments.answerAssessment(id, removal, null).getAnswers().containsKey("signals.decision_triggers"),
                "null removes an answer");

        // A portal's respondent answers with a token scoped to this one assessment, not with a key.
        CreatedToken minted = tokens.createRespondentToken(id, new TokenRequest().name("Java walk-through"));
        AssessmentsApi respondent = new AssessmentsApi(Clients.client(basePath, minted.getToken()));
        check(
                id.equals(respondent.answerAssessment(id, worked, null).getId()),
                "a respondent token answers its assessment");
        check(
                status(() -> respondent.listAssessments(null, null, null, null)) == 403,
                "a respondent token lists nothing (403)");

        // A VIEWER key reads but does not write; without a key, nothing.
        CreatedApiKey viewerKey = keys.createKey(
                new CreateKeyRequest().name("Java walk-through viewer").role(KeyRole.VIEWER));
        AssessmentsApi viewer = new AssessmentsApi(Clients.client(basePath, viewerKey.getKey()));
        check(status(() -> viewer.getAssessment(id)) == 200, "a VIEWER key reads the assessment");
        int refused = status(() -> viewer.deleteAssessment(id, null));
        check(refused == 403, "a VIEWER key cannot delete it (" + refused + ")");
        AssessmentsApi anonymous = new AssessmentsApi(Clients.client(basePath, null));
        check(status(() -> anonymous.getAssessment(id)) == 401, "no key answers 401");
        keys.revokeKey(viewerKey.getId());

        // 4. Preview partial answers without storing anything.
        ScoreResult preview = scores.scoreAnswers(new ScoreRequest()
                .answers(Map.of("llm.production_use", "core", "reasoning.critical_areas", List.of("planning"))));
        check(
                preview.getCompleteness() < 1,
                "a preview of partial answers says its completeness (" + preview.getCompleteness() + ")");

        // 5. Submit, and 6. read the stored result.
        assessments.submitAssessment(id, null, null);
        ScoreResult result = assessments.getAssessment(id).getResult();
        check(result != null, "a submitted assessment has its result");
        check(
                result.getOverallRisk() == 65.92 && result.getBand() == RiskBand.HIGH,
                "the worked example scores 65.92, HIGH");
        check(
                result.getUnknownCount() == 3
                        && result.getRange().getLow() == 62.4
                        && result.getRange().getHigh() == 67.18,
                "its three unknown answers leave a range of 62.40 to 67.18");
        check(
                result.getUnknowns().get(0).getQuestionId().equals("signals.upgrade_gains"),
                "the unknown answer to find out first is the one that narrows the range most");
        Recommendation first = result.getRecommendations().get(0);
        check(
                !first.getBecause().isEmpty() && first.getEffort() != null,
                "the first step says why and what it takes (" + first.getId() + ")");
        List<Recommendation> plan = result.getRecommendations();
        boolean ordered = true;
        for (int i = 1; i < plan.size(); i++) {
            ordered &= plan.get(i - 1).getExpectedRiskReduction() >= plan.get(i).getExpectedRiskReduction();
        }
        check(ordered, "the plan is ordered by expected reduction");

        // 7. For people: the printable report (HTML), its radar chart and badge (SVG), the history.
        String report = read(reports.getAssessmentReport(id, null, "en"));
        check(
                report.contains("<html") && report.contains("Overall risk index"),
                "the report is an HTML page with the index");
        check(read(reports.getAssessmentRadar(id, null, null)).contains("<svg"), "the radar chart is an SVG image");
        check(read(reports.getAssessmentBadge(id, null)).contains("HIGH"), "the badge is an SVG image with the band");
        AssessmentHistory history = reports.getAssessmentHistory(id, null);
        check(
                history.getLastChange() == null
                        && history.getPoints().stream()
                                .allMatch(point -> point.getId().equals(id)),
                "the history of the organization's first assessment tells no change");

        // Errors are problem details naming their type.
        try {
            assessments.getAssessment(new UUID(0, 0));
            check(false, "an unknown id answers 404");
        } catch (ApiException e) {
            check(
                    e.getCode() == 404 && e.getResponseBody().contains("urn:airisk:problem:not-found"),
                    "an unknown id answers a 404 problem");
        }

        assessments.deleteAssessment(id, null);
        check(status(() -> assessments.getAssessment(id)) == 404, "the assessment is deleted");
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static int status(Call call) {
        try {
            call.run();
            return 200;
        } catch (ApiException e) {
            return e.getCode();
        }
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("walk-through failed: " + what);
        }
        System.out.println("ok - " + what);
    }
}
