package io.airisk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.ScoreResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V7 turns the answers and results that earlier builds stored as JSON text into JSON
 * columns without changing a value, and a result stored before questionnaire v2 still reads as a
 * {@link ScoreResult}. On the embedded H2 database, whose file a deployment keeps across upgrades.
 */
class JsonColumnsMigrationTest {

    private static final String FIRST_TENANT = "00000000-0000-7000-8000-000000000001";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCarryStoredTextIntoJsonColumnsUnchanged() throws Exception {
        String url = "jdbc:h2:mem:json-columns-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "6");
        JsonNode cases =
                json.readTree(getClass().getResource("/golden/v1-results.json")).path("cases");
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "airisk", "")) {
            for (JsonNode stored : cases) {
                ids.add(insertAsText(connection, stored));
            }
            insertDraftAsText(connection, ids);
        }

        migrate(url, null);

        try (Connection connection = DriverManager.getConnection(url, "airisk", "");
                PreparedStatement select =
                        connection.prepareStatement("SELECT answers, result FROM assessment WHERE id = ?")) {
            for (int i = 0; i < cases.size(); i++) {
                select.setObject(1, ids.get(i));
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(json.readTree(row.getString(1)))
                            .isEqualTo(cases.get(i).path("answers"));
                    assertThat(json.readTree(row.getString(2)))
                            .isEqualTo(cases.get(i).path("result"));
                    ScoreResult result = json.readValue(row.getString(2), ScoreResult.class);
                    assertThat(result.overallRisk())
                            .isEqualTo(cases.get(i)
                                    .path("result")
                                    .path("overallRisk")
                                    .asDouble());
                    assertThat(result.recommendations())
                            .allSatisfy(step -> assertThat(step.because()).isEmpty());
                }
            }
            select.setObject(1, ids.get(cases.size()));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(json.readTree(row.getString(1))).isEqualTo(json.readTree("{}"));
                assertThat(row.getString(2)).isNull();
            }
        }
    }

    private static void migrate(String url, String target) {
        var configuration =
                Flyway.configure().dataSource(url, "airisk", "").locations("classpath:db/migration", "classpath:db/h2");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private UUID insertAsText(Connection connection, JsonNode stored) throws SQLException {
        return insert(
                connection,
                "SUBMITTED",
                stored.path("answers").toString(),
                stored.path("result").toString());
    }

    private void insertDraftAsText(Connection connection, List<UUID> ids) throws SQLException {
        ids.add(insert(connection, "DRAFT", "{}", null));
    }

    private static UUID insert(Connection connection, String status, String answers, String result)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment (id, tenant_id, version,"
                + " organization_name, organization_key, questionnaire_version, status, answers, result,"
                + " created_at, updated_at) VALUES (?, ?, 0, 'Before V7', 'before v7', 'v1', ?, ?, ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now();
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(FIRST_TENANT));
            insert.setString(3, status);
            insert.setString(4, answers);
            insert.setString(5, result);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        }
        return id;
    }
}
