package io.airisk.webhook;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.airisk.respondent.RoleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through the API, to a receiver in the test: signed deliveries, retries until the
 * receiver accepts, nothing for a change that rolled back, and no endpoint inside the network.
 */
@QuarkusTest
class WebhookTest {

    private static Receiver receiver;

    @BeforeAll
    static void receive() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void shouldSignEachEventAndNeverShowTheSecretAgain() throws Exception {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Hooked");
        JsonNode webhook = register(admin, "/signed", "assessment.submitted", "assessment.created");
        String secret = webhook.path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(webhook.path("events")).hasSize(2);
        String id = webhook.path("id").asText();
        admin.send("GET", "/api/v1/webhooks", null)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].secret", nullValue());

        String draft = admin.createCompleteDraft(Api.organization("Hooked Ltd"));
        admin.submit(draft).statusCode(200);

        Receiver.Received submitted = receiver.await(each ->
                each.body().contains("assessment.submitted") && each.body().contains(draft));
        assertThat(submitted.path()).isEqualTo("/signed");
        assertThat(Receiver.signedBy(submitted, secret)).isTrue();
        String another = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(Receiver.signedBy(submitted, another)).isFalse();
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(submitted.body());
        assertThat(body.path("type").asText()).isEqualTo("assessment.submitted");
        assertThat(body.at("/data/assessmentId").asText()).isEqualTo(draft);
        receiver.await(each ->
                each.body().contains("assessment.created") && each.body().contains(draft));

        // After a rotation, both secrets sign for a day.
        String rotated = admin.expect(200, "POST", "/api/v1/webhooks/" + id + "/rotate-secret", null)
                .path("secret")
                .asText();
        assertThat(rotated).isNotEqualTo(secret);
        String next = admin.createCompleteDraft(Api.organization("Hooked Ltd"));
        Receiver.Received created = receiver.await(each ->
                each.body().contains("assessment.created") && each.body().contains(next));
        assertThat(Receiver.signedBy(created, rotated)).isTrue();
        assertThat(Receiver.signedBy(created, secret)).isTrue();
        admin.send("GET", "/api/v1/audit-events", null)
                .then()
                .body("items.action", hasItems("WEBHOOK_CREATED", "WEBHOOK_SECRET_ROTATED"));
    }

    @Test
    void shouldRetryAReceiverThatFailsTwiceUntilItAccepts() throws Exception {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Flaky");
        receiver.answer("/flaky", 500, 503);
        String id = register(admin, "/flaky", "assessment.created").path("id").asText();
        String draft = admin.createCompleteDraft(Api.organization("Flaky Ltd"));

        List<Receiver.Received> attempts = awaitAttempts("/flaky", draft, 3);
        assertThat(attempts).hasSize(3);
        assertThat(attempts)
                .extracting(Receiver.Received::id)
                .containsOnly(attempts.get(0).id());
        JsonNode log = awaitDelivered(admin, id);
        JsonNode delivery = log.path("items").get(0);
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("lastStatus").asInt()).isEqualTo(204);
        assertThat(delivery.path("id").asText()).isEqualTo(attempts.get(0).id());
        assertThat(delivery.has("lastError")).isFalse();
        assertThat(log.toString()).doesNotContain("whsec_");
    }

    @Test
    void shouldAnnounceNothingForAChangeThatRolledBack() throws Exception {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Rolled back");
        register(admin, "/rollback", "assessment.submitted");
        String incomplete = admin.createDraft(Api.organization("Incomplete Ltd"), Map.of());
        admin.submit(incomplete).statusCode(422);
        String complete = admin.createCompleteDraft(Api.organization("Complete Ltd"));
        admin.submit(complete).statusCode(200);

        receiver.await(each -> each.path().equals("/rollback") && each.body().contains(complete));
        assertThat(receiver.received())
                .filteredOn(each -> each.path().equals("/rollback"))
                .noneMatch(each -> each.body().contains(incomplete));
    }

    @Test
    void shouldCutAnAnswerThatNeverEndsAndKeepSendingToOthers() throws Exception {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Trickled");
        receiver.trickle("/trickle");
        String slow =
                register(admin, "/trickle", "assessment.created").path("id").asText();
        register(admin, "/prompt", "assessment.created");
        String draft = admin.createCompleteDraft(Api.organization("Trickled Ltd"));

        receiver.await(each -> each.path().equals("/prompt") && each.body().contains(draft));
        JsonNode cut = null;
        for (int i = 0; i < 300 && cut == null; i++) {
            JsonNode log = admin.expect(200, "GET", "/api/v1/webhooks/" + slow + "/deliveries", null);
            JsonNode delivery = log.path("items").get(0);
            if (delivery != null && delivery.has("lastError")) {
                cut = delivery;
            }
            Thread.sleep(100);
        }
        assertThat(cut).as("the trickled delivery was cut and logged").isNotNull();
        assertThat(cut.path("status").asText()).isIn("PENDING", "FAILED");
        assertThat(cut.path("lastError").asText()).startsWith("No complete answer within");
    }

    @Test
    void shouldTellWhenARespondentLeavesNothingRequiredToAnswer() throws Exception {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Respondents");
        register(admin, "/finished", "respondent.finished");
        String draft = admin.createDraft(Api.organization("Answered Ltd"), Map.of());
        String token = admin.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", Map.of())
                .path("token")
                .asText();
        Api respondent = Api.as(token);
        Map<String, Object> answers = new java.util.LinkedHashMap<>(Questionnaires.exposedCompany());
        String last = answers.keySet().iterator().next();
        Object lastAnswer = answers.remove(last);
        respondent.patch(draft, answers).statusCode(200);
        respondent.patch(draft, Map.of(last, lastAnswer)).statusCode(200);
        // A change after the last required answer is not a second finish.
        respondent.patch(draft, Map.of(last, lastAnswer)).statusCode(200);

        Receiver.Received finished = receiver.await(
                each -> each.path().equals("/finished") && each.body().contains(draft));
        assertThat(finished.body()).contains("\"type\":\"respondent.finished\"", "\"respondentTokenId\":\"");
        admin.submit(draft).statusCode(200);
        String check = admin.createDraft(Api.organization("Answered Ltd"), Map.of());
        String second = admin.expect(201, "POST", "/api/v1/assessments/" + check + "/respondent-tokens", Map.of())
                .path("token")
                .asText();
        Api.as(second).patch(check, Questionnaires.exposedCompany()).statusCode(200);
        receiver.await(each -> each.path().equals("/finished") && each.body().contains(check));
        assertThat(receiver.received())
                .filteredOn(
                        each -> each.path().equals("/finished") && each.body().contains(draft))
                .hasSize(1);
    }

    @Test
    void shouldTellWhenARoleHasAnsweredItsQuestionsAndWhenAReviewApproves() throws InterruptedException {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Roles finished");
        register(admin, "/roles", "respondent.finished", "assessment.approved");
        Map<String, Object> answers = RoleAnswers.answers();
        String draft = RoleAnswers.draft(
                admin, Api.organization("Roles finished Ltd"), RoleAnswers.without(answers, "FINANCE"));
        JsonNode token = RoleAnswers.mint(admin, draft, "FINANCE", "Ada");
        Api cfo = Api.as(token.path("token").asText());
        Map<String, Object> finance = new java.util.LinkedHashMap<>(RoleAnswers.only(answers, "FINANCE"));
        String last = finance.keySet().iterator().next();
        Object lastAnswer = finance.remove(last);
        cfo.patch(draft, finance).statusCode(200);
        cfo.patch(draft, Map.of(last, lastAnswer)).statusCode(200);
        cfo.patch(draft, Map.of(last, lastAnswer)).statusCode(200);
        // Taking an answer back and giving it again is no second finish.
        Map<String, Object> removal = new java.util.HashMap<>();
        removal.put(last, null);
        cfo.patch(draft, removal).statusCode(200);
        cfo.patch(draft, Map.of(last, lastAnswer)).statusCode(200);

        Receiver.Received finished = receiver.await(
                each -> each.path().equals("/roles") && each.body().contains("respondent.finished"));
        assertThat(finished.body())
                .contains(draft, "\"respondentTokenId\":\"" + token.path("id").asText() + "\"");

        admin.expect(200, "PATCH", "/api/v1/tenant", Map.of("reviewRequired", true));
        admin.submit(draft).statusCode(200);
        Api reviewer = Api.as(admin.expect(201, "POST", "/api/v1/keys", Map.of("name", "Reviewer", "role", "EDITOR"))
                .path("key")
                .asText());
        reviewer.given().post("/api/v1/assessments/{id}/approve", draft).then().statusCode(200);
        receiver.await(each -> each.path().equals("/roles") && each.body().contains("assessment.approved"));
        assertThat(receiver.received())
                .filteredOn(each -> each.path().equals("/roles") && each.body().contains("respondent.finished"))
                .hasSize(1);
    }

    @Test
    void shouldRefuseEndpointsInsideTheNetworkAndWhatIsNoEvent() {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Forged");
        for (String url : List.of(
                "http://127.0.0.2/hook",
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://2130706434/hook",
                "http://[::ffff:192.168.0.1]/hook",
                "http://[::127.0.0.2]/hook",
                "http://[64:ff9b::a9fe:a9fe]/latest",
                "http://[2002:c0a8:101::1]/hook",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook",
                "http://192.0.0.192/hook",
                "http://240.0.0.1/hook",
                "http://127.0.0.1:99999/hook",
                "ftp://hooks.example.com/",
                "https://user:pass@hooks.example.com/",
                "not a url")) {
            admin.send("POST", "/api/v1/webhooks", Map.of("url", url, "events", List.of("assessment.created")))
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors.field", hasItem("url"))
                    .body("errors.message", everyItem(not(containsString("169.254"))));
        }
        admin.send("POST", "/api/v1/webhooks", Map.of("url", receiver.url("/x"), "events", List.of("assessment.kept")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("events[0]"));
        admin.send("POST", "/api/v1/webhooks", Map.of("url", receiver.url("/x"), "events", List.of()))
                .then()
                .statusCode(400);
        admin.send("GET", "/api/v1/webhooks", null).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldKeepEndpointsToTheirTenantAndToAdmins() {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Owner");
        String id = register(admin, "/owned", "assessment.deleted").path("id").asText();
        Api stranger = Api.as(TestKeys.ADMIN).newTenant("Stranger");
        stranger.send("GET", "/api/v1/webhooks/" + id + "/deliveries", null)
                .then()
                .statusCode(404);
        stranger.send("DELETE", "/api/v1/webhooks/" + id, null).then().statusCode(404);
        String editorKey = admin.expect(201, "POST", "/api/v1/keys", Map.of("name", "Editor", "role", "EDITOR"))
                .path("key")
                .asText();
        Api.as(editorKey).send("GET", "/api/v1/webhooks", null).then().statusCode(403);

        admin.send("DELETE", "/api/v1/webhooks/" + id, null).then().statusCode(204);
        admin.send("GET", "/api/v1/webhooks/" + id, null)
                .then()
                .statusCode(404)
                .body("type", startsWith("urn:airisk:problem:"));
    }

    /** Registers an endpoint of the receiver for those events; answers the webhook, with its secret. */
    private static JsonNode register(Api admin, String path, String... events) {
        return admin.expect(
                201, "POST", "/api/v1/webhooks", Map.of("url", receiver.url(path), "events", List.of(events)));
    }

    /** The attempts to a path whose body holds the marker, once there are at least {@code n}. */
    private static List<Receiver.Received> awaitAttempts(String path, String marker, int n)
            throws InterruptedException {
        receiver.await(each -> attempts(path, marker).size() >= n);
        return attempts(path, marker);
    }

    private static List<Receiver.Received> attempts(String path, String marker) {
        return receiver.received().stream()
                .filter(each -> each.path().equals(path) && each.body().contains(marker))
                .toList();
    }

    private static JsonNode awaitDelivered(Api admin, String webhookId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode log = admin.expect(200, "GET", "/api/v1/webhooks/" + webhookId + "/deliveries", null);
            if (log.path("items").size() > 0
                    && log.path("items").get(0).path("status").asText().equals("DELIVERED")) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery was not recorded as delivered");
    }
}
