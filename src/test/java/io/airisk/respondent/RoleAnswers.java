package io.airisk.respondent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the tests of several respondents share: v3 answers split by role, drafts and role tokens. */
public final class RoleAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoleAnswers() {}

    /** v3's worked example with every unknown answer made known, so that ranges come from disagreements only. */
    public static Map<String, Object> answers() {
        try {
            Map<String, Object> answers = JSON.readValue(
                    Path.of("examples", "worked-example-answers.json").toFile(),
                    new TypeReference<LinkedHashMap<String, Object>>() {});
            answers.put("talent.senior_attrition", "5_to_15");
            answers.put("talent.key_people", "one_or_two");
            answers.put("signals.upgrade_gains", "one");
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers but those to the questions of these roles. */
    public static Map<String, Object> without(Map<String, Object> answers, String... roles) {
        List<String> dropped = List.of(roles);
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, String> roleOf = roles();
        answers.forEach((questionId, answer) -> {
            if (!dropped.contains(roleOf.get(questionId))) {
                kept.put(questionId, answer);
            }
        });
        return kept;
    }

    /** The answers to the questions of that role only. */
    public static Map<String, Object> only(Map<String, Object> answers, String role) {
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, String> roleOf = roles();
        answers.forEach((questionId, answer) -> {
            if (role.equals(roleOf.get(questionId))) {
                kept.put(questionId, answer);
            }
        });
        return kept;
    }

    private static Map<String, String> roles() {
        JsonNode questions = Api.as(TestKeys.ADMIN)
                .expect(200, "GET", "/api/v1/questionnaires/v3", null)
                .path("questions");
        Map<String, String> roles = new HashMap<>();
        questions.forEach(question -> roles.put(
                question.path("id").asText(), question.path("respondent").asText()));
        return roles;
    }

    /** A v3 draft of a new organization with these answers. */
    public static String draft(Api admin, String organization, Map<String, Object> answers) {
        Map<String, Object> body = Api.createBody(organization, answers);
        body.put("questionnaireVersion", "v3");
        return admin.create(body).statusCode(201).extract().path("id");
    }

    public static JsonNode mint(Api admin, String draft, String role, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        if (name != null) {
            body.put("name", name);
            body.put("email", name.split(" ")[0].toLowerCase(java.util.Locale.ROOT) + "@example.com");
        }
        return admin.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", body);
    }
}
