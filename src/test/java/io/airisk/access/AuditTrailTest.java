package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.TestKeys;
import io.airisk.assessment.Api;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail names who created, changed, submitted and deleted what, newest first, without secrets. */
@QuarkusTest
class AuditTrailTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldRecordEachChangeWithItsActorNewestFirst() {
        Http http = new Http(base);
        JsonNode tenant = http.expect(201, "POST", "/api/v1/tenants", TestKeys.ADMIN, "{\"name\": \"Audited\"}");
        String admin = tenant.get("adminKey").asText();
        JsonNode editorKey =
                http.expect(201, "POST", "/api/v1/keys", admin, Http.write(Map.of("name", "Editor", "role", "EDITOR")));
        String editor = editorKey.get("key").asText();
        String id = http.expect(
                        201,
                        "POST",
                        "/api/v1/assessments",
                        editor,
                        Http.write(Api.createBody(Api.organization("Audited"), Questionnaires.exposedCompany())))
                .get("id")
                .asText();
        String token = http.expect(201, "POST", "/api/v1/assessments/" + id + "/respondent-tokens", editor, null)
                .get("token")
                .asText();
        http.expect(
                200, "PATCH", "/api/v1/assessments/" + id + "/answers", token, "{\"llm.production_use\": \"core\"}");
        http.expect(200, "POST", "/api/v1/assessments/" + id + "/submit", token, null);
        http.expect(204, "DELETE", "/api/v1/assessments/" + id, admin, null);

        List<String> events = new ArrayList<>();
        JsonNode page = http.expect(200, "GET", "/api/v1/audit-events?size=100", admin, null);
        for (JsonNode event : page.get("items")) {
            events.add(
                    event.get("action").asText() + " by " + event.get("actor").asText());
        }
        String editorActor = "key " + editorKey.get("prefix").asText();
        String tokenActor = "respondent-token " + token.substring(0, 12);
        String adminActor = "key " + tenant.get("adminKeyPrefix").asText();
        assertThat(events)
                .containsExactly(
                        "ASSESSMENT_DELETED by " + adminActor,
                        "ASSESSMENT_SUBMITTED by " + tokenActor,
                        "ASSESSMENT_ANSWERED by " + tokenActor,
                        "RESPONDENT_TOKEN_CREATED by " + editorActor,
                        "ASSESSMENT_CREATED by " + editorActor,
                        "KEY_CREATED by " + adminActor,
                        "KEY_CREATED by key ark_test-adm",
                        "TENANT_CREATED by key ark_test-adm");
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(page.toString()).doesNotContain(admin).doesNotContain(editor).doesNotContain(token);

        JsonNode first = http.expect(200, "GET", "/api/v1/audit-events?size=3", admin, null);
        JsonNode second = http.expect(200, "GET", "/api/v1/audit-events?size=3&page=1", admin, null);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("items").get(0).get("action").asText()).isEqualTo("ASSESSMENT_DELETED");
        assertThat(second.get("items").get(0).get("action").asText()).isEqualTo("RESPONDENT_TOKEN_CREATED");
        http.expect(400, "GET", "/api/v1/audit-events?size=101", admin, null);
    }
}
