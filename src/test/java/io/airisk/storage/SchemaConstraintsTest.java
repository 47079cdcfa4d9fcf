package io.airisk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema's CHECK constraints (V6: CASE expressions, which H2 evaluates in the session that
 * runs the statement) still refuse every value outside their lists, and accept those in them.
 */
@QuarkusTest
class SchemaConstraintsTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    DataSource database;

    @Test
    void shouldRefuseValuesOutsideEachList() throws SQLException {
        String draft = admin.createCompleteDraft(Api.organization("Constraints"));
        admin.given()
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/assessments/{id}/respondent-tokens", draft)
                .then()
                .statusCode(201);

        for (String update : List.of(
                "UPDATE assessment SET status = 'GONE'",
                "UPDATE api_key SET role = 'ROOT'",
                "UPDATE tenant_tally SET status = 'gone'",
                "UPDATE access_token SET kind = 'MASTER'")) {
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(update))
                        .as(update)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).startsWith("23"));
            }
        }
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE api_key SET role = role"))
                    .isPositive();
            assertThat(statement.executeUpdate("UPDATE assessment SET status = status"))
                    .isPositive();
        }
    }
}
