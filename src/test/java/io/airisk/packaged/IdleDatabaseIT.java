package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connection pool removes connections that have been idle for a while, the one that ran the
 * migrations among them, and an embedded H2 database closes with its last connection and opens
 * again with the next. Writes after idle periods must be answered and kept like any other: nothing
 * in the schema may depend on the connection that created it. Runs on the database the package was
 * built for.
 */
class IdleDatabaseIT {

    private static final String DRAFT = "{\"organization\": {\"name\": \"Idle database\"}}";

    @Test
    void shouldAnswerAndKeepWritesAfterIdlePeriods() throws Exception {
        // Connections idle for a second are removed.
        try (PackagedService service = PackagedService.start(
                PackagedService.newDataDir("idle"), "-Dquarkus.datasource.jdbc.idle-removal-interval=1S")) {
            Api admin = service.as(TestKeys.ADMIN);
            List<String> ids = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                Response created = admin.send("POST", "/api/v1/assessments", DRAFT);
                assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
                ids.add(created.path("id"));
                Thread.sleep(1_200); // idle past the removal interval
            }

            service.kill();
            service.restart();
            for (String id : ids) {
                assertThat(admin.get(id).extract().statusCode())
                        .as("assessment %s after kill -9", id)
                        .isEqualTo(200);
            }
        }
    }
}
