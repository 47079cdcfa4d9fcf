package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.TestKeys;
import io.airisk.assessment.Api;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
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

    @TestHTTPResource("/")
    URI base;

    private Http http;
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

    /** One endpoint: who may call it, at least. */
    record Endpoint(String method, String path, String body, String role) {
        String on(String assessment) {
            return path.replace("{id}", assessment);
        }

        boolean namesAnAssessment() {
            return path.contains("{id}");
        }
    }

    private List<Endpoint> endpoints() {
        String answers = "{\"llm.production_use\": \"core\"}";
        String create = Http.write(Api.createBody(Api.organization("Access"), null));
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
        http = new Http(base);
        admin = tenant("Access tenant");
        otherAdmin = tenant("Other tenant");
        viewer = key("VIEWER").get("key").asText();
        editor = key("EDITOR").get("key").asText();
        JsonNode toRevoke = key("EDITOR");
        revoked = toRevoke.get("key").asText();
        http.expect(204, "DELETE", "/api/v1/keys/" + toRevoke.get("id").asText(), admin, null);
        keyId = key("VIEWER").get("id").asText();
        draft = create(admin);
        otherDraft = create(admin);
        submitted = create(admin);
        http.expect(200, "POST", "/api/v1/assessments/" + submitted + "/submit", admin, null);
        JsonNode respondentToken =
                http.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", editor, "{}");
        respondent = respondentToken.get("token").asText();
        respondentTokenId = respondentToken.get("id").asText();
        JsonNode shareToken =
                http.expect(201, "POST", "/api/v1/assessments/" + submitted + "/share-tokens", editor, null);
        share = shareToken.get("token").asText();
        shareTokenId = shareToken.get("id").asText();
    }

    @Test
    void shouldAnswer401WithAChallengeToEveryEndpointWithoutAValidKey() {
        String before = snapshot();
        for (Endpoint endpoint : endpoints()) {
            for (String key : new String[] {null, "", "ark_nonsense", "Basic " + TestKeys.ADMIN, revoked}) {
                HttpResponse<String> response = http.send(endpoint.method(), endpoint.on(draft), key, endpoint.body());
                assertThat(response.statusCode()).as(endpoint + " with " + key).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate"))
                        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer realm=\"airisk\""));
                assertThat(response.headers().firstValue("Content-Type")).hasValue(Api.PROBLEM_JSON);
                assertThat(Http.json(response).get("type").asText()).isEqualTo("urn:airisk:problem:unauthorized");
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
                    HttpResponse<String> response =
                            http.send(endpoint.method(), endpoint.on(id), key.getKey(), endpoint.body());
                    assertThat(response.statusCode())
                            .as(endpoint + " as " + key.getValue())
                            .isEqualTo(403);
                    assertThat(Http.json(response).get("type").asText()).isEqualTo("urn:airisk:problem:forbidden");
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
            HttpResponse<String> theirs = http.send(endpoint.method(), endpoint.on(draft), otherAdmin, endpoint.body());
            HttpResponse<String> none = http.send(endpoint.method(), endpoint.on(missing), otherAdmin, endpoint.body());
            assertThat(theirs.statusCode()).as(endpoint.toString()).isEqualTo(404);
            assertThat(Http.withoutTraceId(theirs, draft, missing)).isEqualTo(Http.withoutTraceId(none));
        }
        JsonNode page = http.expect(200, "GET", "/api/v1/assessments?size=100", otherAdmin, null);
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
                HttpResponse<String> response =
                        http.send(endpoint.method(), endpoint.on(otherDraft), token, endpoint.body());
                assertThat(response.statusCode())
                        .as(endpoint + " with a token of another assessment")
                        .isIn(403, 404);
                if (endpoint.namesAnAssessment() && response.statusCode() == 404) {
                    String missing = UUID.randomUUID().toString();
                    assertThat(Http.withoutTraceId(response, otherDraft, missing))
                            .isEqualTo(Http.withoutTraceId(
                                    http.send(endpoint.method(), endpoint.on(missing), token, endpoint.body())));
                }
                assertThat(response.body()).doesNotContain("\"answers\"");
            }
        }
        assertThat(snapshot()).isEqualTo(before);

        // Its own: the respondent reads, answers and submits; the board reads the result.
        http.expect(200, "GET", "/api/v1/questionnaires/v1", respondent, null);
        http.expect(200, "GET", "/api/v1/assessments/" + draft, respondent, null);
        http.expect(
                200,
                "PATCH",
                "/api/v1/assessments/" + draft + "/answers",
                respondent,
                "{\"llm.production_use\": \"none\"}");
        http.expect(403, "DELETE", "/api/v1/assessments/" + draft, respondent, null);
        http.expect(403, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", respondent, "{}");
        JsonNode result = http.expect(200, "GET", "/api/v1/assessments/" + submitted, share, null);
        assertThat(result.get("result").get("band").asText()).isNotEmpty();
        http.expect(403, "PATCH", "/api/v1/assessments/" + submitted + "/answers", share, "{}");
        http.expect(403, "GET", "/api/v1/assessments", share, null);
    }

    private String mint(String kind, String assessment) {
        return http.expect(201, "POST", "/api/v1/assessments/" + assessment + "/" + kind, editor, "{}")
                .get("token")
                .asText();
    }

    @Test
    void shouldRefuseARevokedTokenAtOnce() {
        http.expect(200, "GET", "/api/v1/assessments/" + draft, respondent, null);
        http.expect(
                204,
                "DELETE",
                "/api/v1/assessments/" + draft + "/respondent-tokens/" + respondentTokenId,
                editor,
                null);
        http.expect(401, "GET", "/api/v1/assessments/" + draft, respondent, null);
        http.expect(200, "GET", "/api/v1/assessments/" + submitted, share, null);
        http.expect(204, "DELETE", "/api/v1/assessments/" + submitted + "/share-tokens/" + shareTokenId, editor, null);
        http.expect(401, "GET", "/api/v1/assessments/" + submitted, share, null);
    }

    @Test
    void shouldAcceptTheKeyAsXApiKeyToo() {
        assertThat(http.sendWithApiKey("GET", "/api/v1/tenant", viewer).statusCode())
                .isEqualTo(200);
        assertThat(http.sendWithApiKey("GET", "/api/v1/tenant", "ark_nonsense").statusCode())
                .isEqualTo(401);
    }

    /** What a forbidden request could change: the draft, the list, the keys, the tenant. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        parts.add(http.expect(200, "GET", "/api/v1/assessments/" + draft, admin, null)
                .toString());
        parts.add(http.expect(200, "GET", "/api/v1/assessments/" + submitted, admin, null)
                .toString());
        parts.add(http.expect(200, "GET", "/api/v1/assessments?size=1", admin, null)
                .get("total")
                .toString());
        parts.add(http.expect(200, "GET", "/api/v1/keys", admin, null).toString());
        parts.add(http.expect(200, "GET", "/api/v1/tenant", admin, null).toString());
        parts.add(http.expect(200, "GET", "/api/v1/assessments/" + draft + "/respondent-tokens", admin, null)
                .toString());
        parts.add(http.expect(200, "GET", "/api/v1/assessments/" + submitted + "/share-tokens", admin, null)
                .toString());
        return String.join("\n", parts);
    }

    /** A new tenant, so that each test starts from its own; answers its ADMIN key. */
    private String tenant(String name) {
        return http.expect(201, "POST", "/api/v1/tenants", TestKeys.ADMIN, Http.write(Map.of("name", name)))
                .get("adminKey")
                .asText();
    }

    private JsonNode key(String role) {
        return http.expect(201, "POST", "/api/v1/keys", admin, Http.write(Map.of("name", role + " key", "role", role)));
    }

    private String create(String key) {
        String body = Http.write(Api.createBody(Api.organization("Access"), Questionnaires.exposedCompany()));
        return http.expect(201, "POST", "/api/v1/assessments", key, body)
                .get("id")
                .asText();
    }
}
