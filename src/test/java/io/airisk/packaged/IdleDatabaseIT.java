package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connection pool closes connections that have been idle or open for a while, and an embedded
 * H2 database closes with its last connection; the next one opens it again. Writes after that must
 * be answered and kept like any other. Runs on the database the package was built for.
 */
class IdleDatabaseIT {

    private static final String DRAFT = "{\"organization\": {\"name\": \"Idle database\"}}";

    @Test
    void shouldAnswerAndKeepWritesAfterThePoolClosedEveryConnection() throws Exception {
        try (PackagedService service = PackagedService.start(
                PackagedService.newDataDir("idle"),
                "-Dquarkus.datasource.jdbc.max-lifetime=1S",
                "-Dquarkus.datasource.jdbc.idle-removal-interval=1S")) {
            HttpResponse<String> before = service.send("POST", "/api/v1/assessments", DRAFT);
            assertThat(before.statusCode()).isEqualTo(201);

            Thread.sleep(4_000); // every pooled connection retired: H2 closes the database

            HttpResponse<String> after = service.send("POST", "/api/v1/assessments", DRAFT);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);

            service.kill();
            service.restart();
            for (HttpResponse<String> created : List.of(before, after)) {
                String id = PackagedService.json(created).path("id").asText();
                assertThat(service.send("GET", "/api/v1/assessments/" + id, null)
                                .statusCode())
                        .as("assessment %s after kill -9", id)
                        .isEqualTo(200);
            }
        }
    }
}
