package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.airisk.webhook.Receiver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A webhook event committed with its change survives a kill -9 before it is sent: the packaged
 * service, with the production options, sends it after the restart.
 */
class WebhookDeliveryIT {

    private static final String RECEIVER_ALLOWED = "-Dairisk.webhooks.allow-hosts=127.0.0.1";

    @Test
    void shouldDeliverAfterARestartWhatWasCommittedBeforeAKill() throws Exception {
        try (Receiver receiver = new Receiver();
                // An hour between looks: nothing is sent before the kill.
                PackagedService service = PackagedService.start(
                        PackagedService.newDataDir("webhooks"),
                        RECEIVER_ALLOWED,
                        "-Dairisk.webhooks.poll-interval=1h")) {
            Api admin = service.as(TestKeys.ADMIN).newTenant("Killed hooks");
            JsonNode webhook = admin.expect(
                    201,
                    "POST",
                    "/api/v1/webhooks",
                    Map.of("url", receiver.url("/after-kill"), "events", List.of("assessment.submitted")));
            String id = admin.createDraft(Api.organization("Killed Ltd"), Questionnaires.exposedCompany());
            admin.submit(id).statusCode(200);

            service.kill();
            assertThat(receiver.received()).isEmpty();
            service.restart(RECEIVER_ALLOWED, "-Dairisk.webhooks.poll-interval=200ms");

            Receiver.Received delivered = receiver.await(each -> each.body().contains(id));
            assertThat(Receiver.signedBy(delivered, webhook.path("secret").asText()))
                    .isTrue();
            assertThat(delivered.body()).contains("\"type\":\"assessment.submitted\"");
            JsonNode log = admin.expect(
                    200, "GET", "/api/v1/webhooks/" + webhook.path("id").asText() + "/deliveries", null);
            assertThat(log.path("total").asInt()).isEqualTo(1);
            assertThat(log.at("/items/0/id").asText()).isEqualTo(delivered.id());
        }
    }
}
