package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Writes to the packaged service from several clients, kills it with SIGKILL in the middle of
 * the load, restarts it on the same database, and checks that every write that was acknowledged
 * with a 2xx is there. Runs on the database the package was built for (H2 file or PostgreSQL).
 */
class KillDurabilityIT {

    private static final String ANSWERS = "{\"llm.production_use\": \"core\", \"signals.owner\": \"nobody\"}";

    @Test
    void shouldKeepEveryAcknowledgedWriteAcrossAKillDashNine() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("kill"))) {
            Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> write(service, writer, running, acknowledged));
            }
            Instant deadline = Instant.now().plusSeconds(20);
            while (acknowledged.size() < 150 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            service.kill(); // SIGKILL, with writes in flight
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(10, TimeUnit.SECONDS);
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);

            service.restart();
            int found = 0;
            for (Map.Entry<String, Boolean> write : acknowledged.entrySet()) {
                Response response =
                        service.as(TestKeys.ADMIN).get(write.getKey()).extract().response();
                if (response.statusCode() == 200) {
                    JsonNode assessment = Api.json(response);
                    boolean answered = assessment.path("answers").has("signals.owner");
                    if (!write.getValue() || answered) {
                        found++;
                    }
                }
            }
            System.out.printf(
                    "VERDICT kill -9 durability (%s): %d acknowledged writes expected, %d found after restart%n",
                    PackagedService.builtForPostgresql() ? "PostgreSQL" : "H2 file", acknowledged.size(), found);
            assertThat(found).isEqualTo(acknowledged.size());
        }
    }

    /**
     * Creates drafts and answers them, recording each acknowledged step (id to whether its answers
     * were acknowledged); every fifth draft is also submitted incomplete, which must change nothing.
     */
    private static void write(
            PackagedService service, int writer, AtomicBoolean running, Map<String, Boolean> acknowledged) {
        Api admin = service.as(TestKeys.ADMIN);
        int n = 0;
        while (running.get()) {
            try {
                String body = "{\"organization\": {\"name\": \"Kill test " + writer + "\"}}";
                Response created = admin.send("POST", "/api/v1/assessments", body);
                if (created.statusCode() != 201) {
                    continue;
                }
                String id = created.path("id");
                acknowledged.put(id, false);
                if (admin.patch(id, ANSWERS).extract().statusCode() == 200) {
                    acknowledged.put(id, true);
                }
                if (++n % 5 == 0) {
                    admin.submit(id);
                }
            } catch (Exception e) { // REST Assured throws the client's IOException undeclared
                return; // the service is gone
            }
        }
    }
}
