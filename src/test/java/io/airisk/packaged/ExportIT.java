package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The export of tens of thousands of assessments, several times the production heap (64 MB)
 * in all, streamed by the packaged service under that heap and read back to the same count, in
 * both formats; while two exports are held open by clients that stopped reading, a third is
 * refused and every other request is still answered.
 */
class ExportIT {

    /** Each row is about 10 KB as JSON Lines: some 200 MB in all, three times the heap. */
    private static final int SEEDED = 20_000;

    private static final String EXPORT = "/api/v1/assessments/export?format=";

    @Test
    void shouldStreamMoreAssessmentsThanTheHeapHoldsAndReadBackEveryOne() throws Exception {
        Path data = PackagedService.newDataDir("export");
        try (PackagedService service = PackagedService.start(data)) {
            Api client = service.as(TestKeys.ADMIN).newTenant("Exporter");
            String id = client.createDraft("Exported Ltd", Questionnaires.exposedCompany());
            client.submit(id).statusCode(200);

            // Rows are copied in the database itself: through the API, seeding would take minutes.
            service.terminate(Duration.ofSeconds(30));
            try (Connection database = connect(data)) {
                seed(database, UUID.fromString(id));
            }
            service.restart();

            assertThat(count(client, "jsonl")).isEqualTo(SEEDED + 1);
            assertThat(count(client, "csv")).isEqualTo(SEEDED + 1 + 1); // and the header

            // Two clients that stop reading hold two exports open; a third export waits its turn.
            try (InputStream first = client.stream(EXPORT + "jsonl");
                    InputStream second = client.stream(EXPORT + "csv")) {
                assertThat(first.read()).isEqualTo('{');
                assertThat(second.read()).isEqualTo('i');
                client.given()
                        .get(EXPORT + "csv")
                        .then()
                        .statusCode(503)
                        .header("Retry-After", notNullValue())
                        .body("detail", containsString("exports"));
                client.get(id).statusCode(200);
            }
            // Clients that hang up end their exports, which free their places.
            Instant deadline = Instant.now().plusSeconds(30);
            int status;
            do {
                Thread.sleep(100);
                status = client.given().get(EXPORT + "csv&organization=Nobody").statusCode();
            } while (status == 503 && Instant.now().isBefore(deadline));
            assertThat(status).isEqualTo(200);
            assertThat(service.alive()).isTrue();
            assertThat(service.log()).doesNotContain("OutOfMemoryError").doesNotContain("\"level\":\"ERROR\"");
        } finally {
            if (PackagedService.builtForPostgresql()) {
                try (Connection database = connect(data)) {
                    database.createStatement()
                            .executeUpdate("DELETE FROM assessment WHERE organization_name = 'Exported Ltd'");
                }
            }
        }
    }

    /** Copies the submitted assessment {@link #SEEDED} times, one second apart, in its tenant. */
    private static void seed(Connection database, UUID original) throws SQLException {
        boolean postgresql = PackagedService.builtForPostgresql();
        String sql = postgresql
                ? "INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name,"
                        + " organization_key, organization_industry, organization_size, questionnaire_version, status,"
                        + " answers, result, created_at, updated_at, submitted_at)"
                        + " SELECT gen_random_uuid(), tenant_id, 0, organization_id, organization_name, organization_key,"
                        + " organization_industry, organization_size, questionnaire_version, status, answers, result,"
                        + " created_at - x * INTERVAL '1 second', updated_at, submitted_at"
                        + " FROM assessment, generate_series(1, ?) AS x WHERE id = ?"
                : "INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name,"
                        + " organization_key, organization_industry, organization_size, questionnaire_version, status,"
                        + " answers, result, created_at, updated_at, submitted_at)"
                        + " SELECT RANDOM_UUID(), tenant_id, 0, organization_id, organization_name, organization_key,"
                        + " organization_industry, organization_size, questionnaire_version, status, answers, result,"
                        + " DATEADD(SECOND, -X, created_at), updated_at, submitted_at"
                        + " FROM assessment, SYSTEM_RANGE(1, ?) WHERE id = ?";
        try (PreparedStatement insert = database.prepareStatement(sql)) {
            insert.setInt(1, SEEDED);
            insert.setObject(2, original);
            assertThat(insert.executeUpdate()).isEqualTo(SEEDED);
        }
    }

    private static Connection connect(Path data) throws SQLException {
        if (PackagedService.builtForPostgresql()) {
            Map<String, String> env = System.getenv();
            return DriverManager.getConnection(
                    env.getOrDefault("AIRISK_DB_URL", "jdbc:postgresql://localhost:5432/airisk"),
                    env.getOrDefault("AIRISK_DB_USER", "airisk"),
                    env.getOrDefault("AIRISK_DB_PASSWORD", ""));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("airisk"), "airisk", "");
    }

    /** Reads the whole export as it arrives, line by line, holding none of it: answers the line count. */
    private static long count(Api client, String format) throws IOException {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(client.stream(EXPORT + format), StandardCharsets.UTF_8))) {
            return lines.lines().count();
        }
    }
}
