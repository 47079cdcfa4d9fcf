package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail names who created, changed, submitted and deleted what, newest first, without secrets. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void shouldRecordEachChangeWithItsActorNewestFirst() {
        JsonNode tenant = Api.as(TestKeys.ADMIN).expect(201, "POST", "/api/v1/tenants", "{\"name\": \"Audited\"}");
        String admin = tenant.get("adminKey").asText();
        JsonNode editorKey =
                Api.as(admin).expect(201, "POST", "/api/v1/keys", Map.of("name", "Editor", "role", "EDITOR"));
        String editor = editorKey.get("key").asText();
        String id = Api.as(editor).createDraft(Api.organization("Audited"), Questionnaires.exposedCompany());
        String token = Api.as(editor)
                .expect(201, "POST", "/api/v1/assessments/" + id + "/respondent-tokens", null)
                .get("token")
                .asText();
        Api.as(token).patch(id, "{\"llm.production_use\": \"core\"}").statusCode(200);
        Api.as(token).submit(id).statusCode(200);
        Api.as(admin).delete(id).statusCode(204);

        List<String> events = new ArrayList<>();
        JsonNode page = Api.as(admin).expect(200, "GET", "/api/v1/audit-events?size=100", null);
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
                        "ORGANIZATION_CREATED by " + editorActor,
                        "KEY_CREATED by " + adminActor,
                        "KEY_CREATED by key ark_test-adm",
                        "TENANT_CREATED by key ark_test-adm");
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(page.toString()).doesNotContain(admin).doesNotContain(editor).doesNotContain(token);

        JsonNode first = Api.as(admin).expect(200, "GET", "/api/v1/audit-events?size=3", null);
        JsonNode second = Api.as(admin).expect(200, "GET", "/api/v1/audit-events?size=3&page=1", null);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("items").get(0).get("action").asText()).isEqualTo("ASSESSMENT_DELETED");
        assertThat(second.get("items").get(0).get("action").asText()).isEqualTo("RESPONDENT_TOKEN_CREATED");
        Api.as(admin).expect(400, "GET", "/api/v1/audit-events?size=101", null);
    }
}
