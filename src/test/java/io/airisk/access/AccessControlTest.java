package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API, tried with no key, bad keys, a revoked key, keys of too low a role,
 * another tenant's key and tokens outside their assessment: none gets through, none changes
 * anything, and none learns whether what it names exists.
 */
@QuarkusTest
class AccessControlTest {

    private String admin;
    private String viewer;
    private String editor;
    private String revoked;
    private String otherAdmin;
    private String draft;
    private String otherDraft;
    private String submitted;
    private String respondent;
    private String respondentTokenId;
    private String share;
    private String shareTokenId;
    private String keyId;
    private String organizationId;
    private String emptyOrganizationId;

    /** One endpoint: who may call it, at least. */
    record Endpoint(String method, String path, Object body, String role) {
        String on(String assessment) {
            return path.replace("{id}", assessment);
        }

        boolean namesAnAssessment() {
            return path.contains("{id}");
        }

        /** Calls the endpoint on that assessment, with the caller's credential. */
        Response call(Api caller, String assessment) {
            return caller.send(method, on(assessment), body);
        }
    }

    private List<Endpoint> endpoints() {
        String answers = "{\"llm.production_use\": \"core\"}";
        Map<String, Object> create = Api.createBody(Api.organization("Access"), null);
        return List.of(
                new Endpoint("GET", "/api/v1/questionnaires", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/questionnaires/current", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/questionnaires/v1", null, Roles.VIEWER),
                new Endpoint("POST", "/api/v1/scores", "{\"answers\": " + answers + "}", Roles.VIEWER),
                new Endpoint("POST", "/api/v1/assessments", create, Roles.EDITOR),
                new Endpoint("GET", "/api/v1/assessments", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/assessments/{id}", null, Roles.VIEWER),
                new Endpoint("PATCH", "/api/v1/assessments/{id}/answers", answers, Roles.EDITOR),
                new Endpoint("POST", "/api/v1/assessments/{id}/submit", null, Roles.EDITOR),
                new Endpoint("DELETE", "/api/v1/assessments/{id}", null, Roles.ADMIN),
                new Endpoint("POST", "/api/v1/assessments/{id}/upgrade", null, Roles.EDITOR),
                new Endpoint("GET", "/api/v1/assessments/{id}/compare?version=v3", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/assessments/{id}/report", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/assessments/{id}/radar", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/assessments/{id}/badge", null, Roles.VIEWER),
                new Endpoint("POST", "/api/v1/assessments/{id}/respondent-tokens", "{}", Roles.EDITOR),
                new Endpoint("GET", "/api/v1/assessments/{id}/respondent-tokens", null, Roles.VIEWER),
                new Endpoint(
                        "DELETE",
                        "/api/v1/assessments/{id}/respondent-tokens/" + respondentTokenId,
                        null,
                        Roles.EDITOR),
                new Endpoint("POST", "/api/v1/assessments/{id}/share-tokens", "{}", Roles.EDITOR),
                new Endpoint("GET", "/api/v1/assessments/{id}/share-tokens", null, Roles.VIEWER),
                new Endpoint("DELETE", "/api/v1/assessments/{id}/share-tokens/" + shareTokenId, null, Roles.EDITOR),
                new Endpoint("POST", "/api/v1/organizations", "{\"name\": \"Access org\"}", Roles.EDITOR),
                new Endpoint("GET", "/api/v1/organizations", null, Roles.VIEWER),
                new Endpoint("GET", "/api/v1/organizations/" + organizationId, null, Roles.VIEWER),
                new Endpoint(
                        "PATCH", "/api/v1/organizations/" + organizationId, "{\"size\": \"50-250\"}", Roles.EDITOR),
                new Endpoint("DELETE", "/api/v1/organizations/" + emptyOrganizationId, null, Roles.ADMIN),
                new Endpoint("POST", "/api/v1/organizations/" + organizationId + "/assessments", "{}", Roles.EDITOR),
                new Endpoint("GET", "/api/v1/organizations/" + organizationId + "/trend", null, Roles.VIEWER),
                new Endpoint("POST", "/api/v1/keys", "{\"name\": \"x\", \"role\": \"VIEWER\"}", Roles.ADMIN),
                new Endpoint("GET", "/api/v1/keys", null, Roles.ADMIN),
                new Endpoint("DELETE", "/api/v1/keys/" + keyId, null, Roles.ADMIN),
                new Endpoint("POST", "/api/v1/tenants", "{\"name\": \"Intruder\"}", Roles.OPERATOR),
                new Endpoint("GET", "/api/v1/tenant", null, Roles.VIEWER),
                new Endpoint("PATCH", "/api/v1/tenant", "{\"name\": \"Renamed\"}", Roles.ADMIN),
                new Endpoint("GET", "/api/v1/audit-events", null, Roles.ADMIN));
    }

    @BeforeEach
    void setUp() {
        admin = tenant("Access tenant");
        otherAdmin = tenant("Other tenant");
        viewer = key("VIEWER").get("key").asText();
        editor = key("EDITOR").get("key").asText();
        JsonNode toRevoke = key("EDITOR");
        revoked = toRevoke.get("key").asText();
        Api.as(admin).expect(204, "DELETE", "/api/v1/keys/" + toRevoke.get("id").asText(), null);
        keyId = key("VIEWER").get("id").asText();
        draft = create(admin);
        organizationId = Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments/" + draft, null)
                .path("organizationId")
                .asText();
        emptyOrganizationId = Api.as(admin)
                .expect(201, "POST", "/api/v1/organizations", "{\"name\": \"Empty " + System.nanoTime() + "\"}")
                .path("id")
                .asText();
        otherDraft = create(admin);
        submitted = create(admin);
        Api.as(admin).expect(200, "POST", "/api/v1/assessments/" + submitted + "/submit", null);
        JsonNode respondentToken =
                Api.as(editor).expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", "{}");
        respondent = respondentToken.get("token").asText();
        respondentTokenId = respondentToken.get("id").asText();
        JsonNode shareToken =
                Api.as(editor).expect(201, "POST", "/api/v1/assessments/" + submitted + "/share-tokens", null);
        share = shareToken.get("token").asText();
        shareTokenId = shareToken.get("id").asText();
    }

    @Test
    void shouldAnswer401WithAChallengeToEveryEndpointWithoutAValidKey() {
        String before = snapshot();
        List<Api> callers = List.of(
                Api.anonymous(),
                Api.as(""),
                Api.as("ark_nonsense"),
                Api.withCredential(TestKeys.AUTHORIZATION, "Basic " + TestKeys.ADMIN),
                Api.as(revoked));
        for (Endpoint endpoint : endpoints()) {
            for (Api caller : callers) {
                Response response = endpoint.call(caller, draft);
                assertThat(response.statusCode())
                        .as(endpoint + " with " + caller)
                        .isEqualTo(401);
                assertThat(response.header("WWW-Authenticate")).startsWith("Bearer realm=\"airisk\"");
                assertThat(response.header("Content-Type")).isEqualTo(Api.PROBLEM_JSON);
                assertThat(response.<String>path("type")).isEqualTo("urn:airisk:problem:unauthorized");
            }
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldAnswer403ToAKeyWhoseRoleIsTooLowWithoutLookingAnythingUp() {
        String before = snapshot();
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, Set<String>> key : Map.of(
                            viewer, Set.of(Roles.VIEWER),
                            editor, Set.of(Roles.VIEWER, Roles.EDITOR),
                            otherAdmin, Set.of(Roles.VIEWER, Roles.EDITOR, Roles.ADMIN))
                    .entrySet()) {
                if (key.getValue().contains(endpoint.role())) {
                    continue;
                }
                // An assessment that exists and one that does not: the same 403.
                for (String id : new String[] {draft, UUID.randomUUID().toString()}) {
                    Response response = endpoint.call(Api.as(key.getKey()), id);
                    assertThat(response.statusCode())
                            .as(endpoint + " as " + key.getValue())
                            .isEqualTo(403);
                    assertThat(response.<String>path("type")).isEqualTo("urn:airisk:problem:forbidden");
                }
            }
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldAnswerAnotherTenantsAssessmentsExactlyAsMissingOnes() {
        String before = snapshot();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.namesAnAssessment()) {
                continue;
            }
            String missing = UUID.randomUUID().toString();
            Response theirs = endpoint.call(Api.as(otherAdmin), draft);
            Response none = endpoint.call(Api.as(otherAdmin), missing);
            assertThat(theirs.statusCode()).as(endpoint.toString()).isEqualTo(404);
            assertThat(withoutTraceId(theirs, draft, missing)).isEqualTo(withoutTraceId(none, "", ""));
        }
        JsonNode page = Api.as(otherAdmin).expect(200, "GET", "/api/v1/assessments?size=100", null);
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("items")).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldLetATokenReachItsOwnAssessmentOnly() {
        // Fresh tokens for each endpoint, minted first: a token's own rate limit (30 at once) is not
        // under test here, and nothing may change once the snapshot is taken.
        List<Endpoint> endpoints = endpoints().stream()
                .filter(endpoint -> !endpoint.path().startsWith("/api/v1/questionnaires"))
                .toList(); // tokens read the questionnaires, which are the same for every tenant
        Map<Endpoint, String[]> tokens = new HashMap<>();
        for (Endpoint endpoint : endpoints) {
            tokens.put(endpoint, new String[] {mint("respondent-tokens", draft), mint("share-tokens", submitted)});
        }
        String before = snapshot();
        for (Endpoint endpoint : endpoints) {
            for (String token : tokens.get(endpoint)) {
                Response response = endpoint.call(Api.as(token), otherDraft);
                assertThat(response.statusCode())
                        .as(endpoint + " with a token of another assessment")
                        .isIn(403, 404);
                if (endpoint.namesAnAssessment() && response.statusCode() == 404) {
                    String missing = UUID.randomUUID().toString();
                    assertThat(withoutTraceId(response, otherDraft, missing))
                            .isEqualTo(withoutTraceId(endpoint.call(Api.as(token), missing), "", ""));
                }
                assertThat(response.asString()).doesNotContain("\"answers\"");
            }
        }
        assertThat(snapshot()).isEqualTo(before);

        // Its own: the respondent reads, answers and submits; the board reads the result.
        Api.as(respondent).expect(200, "GET", "/api/v1/questionnaires/v1", null);
        Api.as(respondent).expect(200, "GET", "/api/v1/assessments/" + draft, null);
        Api.as(respondent)
                .expect(
                        200,
                        "PATCH",
                        "/api/v1/assessments/" + draft + "/answers",
                        "{\"llm.production_use\": \"none\"}");
        Api.as(respondent).expect(403, "DELETE", "/api/v1/assessments/" + draft, null);
        Api.as(respondent).expect(403, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", "{}");
        JsonNode result = Api.as(share).expect(200, "GET", "/api/v1/assessments/" + submitted, null);
        assertThat(result.get("result").get("band").asText()).isNotEmpty();
        Api.as(share).expect(403, "PATCH", "/api/v1/assessments/" + submitted + "/answers", "{}");
        Api.as(share).expect(403, "GET", "/api/v1/assessments", null);
    }

    private String mint(String kind, String assessment) {
        return Api.as(editor)
                .expect(201, "POST", "/api/v1/assessments/" + assessment + "/" + kind, "{}")
                .get("token")
                .asText();
    }

    @Test
    void shouldRefuseARevokedTokenAtOnce() {
        Api.as(respondent).expect(200, "GET", "/api/v1/assessments/" + draft, null);
        Api.as(editor)
                .expect(
                        204,
                        "DELETE",
                        "/api/v1/assessments/" + draft + "/respondent-tokens/" + respondentTokenId,
                        null);
        Api.as(respondent).expect(401, "GET", "/api/v1/assessments/" + draft, null);
        Api.as(share).expect(200, "GET", "/api/v1/assessments/" + submitted, null);
        Api.as(editor)
                .expect(204, "DELETE", "/api/v1/assessments/" + submitted + "/share-tokens/" + shareTokenId, null);
        Api.as(share).expect(401, "GET", "/api/v1/assessments/" + submitted, null);
    }

    @Test
    void shouldAcceptTheKeyAsXApiKeyToo() {
        assertThat(Api.withCredential(TestKeys.API_KEY, viewer)
                        .send("GET", "/api/v1/tenant", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.withCredential(TestKeys.API_KEY, "ark_nonsense")
                        .send("GET", "/api/v1/tenant", null)
                        .statusCode())
                .isEqualTo(401);
    }

    /** What a forbidden request could change: the draft, the list, the keys, the tenant. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        parts.add(Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments/" + draft, null)
                .toString());
        parts.add(Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments/" + submitted, null)
                .toString());
        parts.add(Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments?size=1", null)
                .get("total")
                .toString());
        parts.add(Api.as(admin).expect(200, "GET", "/api/v1/keys", null).toString());
        parts.add(Api.as(admin).expect(200, "GET", "/api/v1/tenant", null).toString());
        parts.add(Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments/" + draft + "/respondent-tokens", null)
                .toString());
        parts.add(Api.as(admin)
                .expect(200, "GET", "/api/v1/assessments/" + submitted + "/share-tokens", null)
                .toString());
        return String.join("\n", parts);
    }

    /** A new tenant, so that each test starts from its own; answers its ADMIN key. */
    private static String tenant(String name) {
        return Api.as(TestKeys.ADMIN)
                .expect(201, "POST", "/api/v1/tenants", Map.of("name", name))
                .get("adminKey")
                .asText();
    }

    private JsonNode key(String role) {
        return Api.as(admin).expect(201, "POST", "/api/v1/keys", Map.of("name", role + " key", "role", role));
    }

    private static String create(String key) {
        return Api.as(key).createCompleteDraft(Api.organization("Access"));
    }

    /**
     * The answer's body with that text replaced, and without the request's own trace id, which
     * differs from one request to the next: what must be the same for two answers to be alike.
     */
    private static String withoutTraceId(Response response, String text, String replacement) {
        JsonNode body = Api.json(response);
        if (body instanceof ObjectNode object) {
            assertThat(object.path("traceId").asText()).matches("[0-9a-f]{32}");
            object.remove("traceId");
        }
        return text.isEmpty() ? body.toString() : body.toString().replace(text, replacement);
    }
}
