package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Keys and tokens rest in the database as the SHA-256 of their secret, read back from the tables
 * themselves: no column of any access table, nor of the audit trail, holds a secret.
 */
@QuarkusTest
class SecretsAtRestTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    DataSource database;

    @Test
    void shouldStoreOnlyTheHashAndAShortPrefixOfEveryKeyAndToken() throws Exception {
        JsonNode key = admin.expect(201, "POST", "/api/v1/keys", Map.of("name", "At rest", "role", "EDITOR"));
        String secret = key.get("key").asText();
        assertThat(secret).startsWith("ark_").hasSizeGreaterThanOrEqualTo(4 + 22); // 128 bits or more in base64url
        assertThat(admin.expect(200, "GET", "/api/v1/keys", null).toString())
                .contains(key.get("prefix").asText())
                .doesNotContain(secret);

        String draft = Api.as(secret).createCompleteDraft(Api.organization("At rest"));
        String token = Api.as(secret)
                .expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", "{}")
                .get("token")
                .asText();
        Api.as(token).expect(200, "GET", "/api/v1/assessments/" + draft, null);

        List<String> keyRow =
                row("SELECT * FROM api_key WHERE id = ?", key.get("id").asText());
        assertThat(keyRow).contains(sha256(secret)).noneMatch(value -> value.contains(secret));
        assertThat(keyRow).contains(key.get("prefix").asText());
        assertThat(key.get("prefix").asText().length()).isLessThanOrEqualTo(secret.length() / 3);

        List<String> tokenRow = row("SELECT * FROM access_token WHERE assessment_id = ?", draft);
        assertThat(tokenRow).contains(sha256(token)).noneMatch(value -> value.contains(token));

        for (String table : new String[] {"api_key", "access_token", "audit_event", "tenant", "idempotency_record"}) {
            for (List<String> any : rows("SELECT * FROM " + table)) {
                assertThat(any).as(table).noneMatch(value -> value.contains(secret) || value.contains(token));
            }
        }
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> row(String sql, String id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, java.util.UUID.fromString(id));
            List<List<String>> found = read(query.executeQuery());
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private List<List<String>> rows(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            return read(query.executeQuery());
        }
    }

    private static List<List<String>> read(ResultSet result) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            List<String> values = new ArrayList<>();
            for (int column = 1; column <= columns; column++) {
                values.add(String.valueOf(result.getObject(column)));
            }
            rows.add(values);
        }
        return rows;
    }
}
