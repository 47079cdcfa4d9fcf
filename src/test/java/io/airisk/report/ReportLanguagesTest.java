package io.airisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report, its PDF and its radar chart in German and French: the questionnaire's texts and the
 * report's own words in the language asked, figures written as it writes them, the same figures.
 */
@QuarkusTest
class ReportLanguagesTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    private String id;
    private JsonPath german;
    private JsonPath french;

    @BeforeEach
    void submitted() throws Exception {
        Map<String, Object> answers = new ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), new TypeReference<>() {});
        id = admin.create(Map.of("organization", Map.of("name", Api.organization("Sprachen AG")), "answers", answers))
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(id).statusCode(200);
        german = admin.given()
                .queryParam("lang", "de")
                .get("/api/v1/questionnaires/v3")
                .jsonPath();
        french = admin.given()
                .queryParam("lang", "fr")
                .get("/api/v1/questionnaires/v3")
                .jsonPath();
    }

    @Test
    void shouldWriteTheReportInGermanWithGermanFigures() {
        String html = admin.given()
                .queryParam("lang", "de")
                .when()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(200)
                .header("Content-Language", "de")
                .extract()
                .asString();
        double overall = admin.get(id).extract().<Float>path("result.overallRisk");
        String firstStep = admin.get(id).extract().path("result.recommendations[0].id");

        assertThat(html)
                .contains("lang=\"de\"", "Zusammenfassung", "Verbesserungsplan", "Gegebene Antworten")
                .contains(String.format(java.util.Locale.GERMAN, "%.1f", overall))
                .contains(escaped(german.getString("dimensions[0].name")))
                .contains(escaped(german.getString("recommendations.find { it.id == '" + firstStep + "' }.title")))
                .contains(escaped(german.getString("notice")))
                .doesNotContain("Improvement plan", "Answers given", "Summary");
    }

    @Test
    void shouldChooseTheReportsLanguageFromAcceptLanguage() {
        String html = admin.given()
                .header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8")
                .when()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .extract()
                .asString();

        assertThat(html)
                .contains("Synthèse", escaped("Plan d'amélioration"), escaped(french.getString("dimensions[1].name")));
        admin.given()
                .queryParam("lang", "it")
                .when()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void shouldPrintTheGermanPdfAndDrawTheGermanRadar() throws Exception {
        Response response = admin.given()
                .queryParam("lang", "de")
                .get("/api/v1/assessments/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .header("Content-Language", "de")
                .extract()
                .response();
        try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Zusammenfassung", "Verbesserungsplan", "Methode")
                    .contains(german.getString("dimensions[2].name"));
        }
        String radar = admin.given()
                .queryParam("lang", "de")
                .get("/api/v1/assessments/{id}/radar", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> words = List.of(german.getString("dimensions[0].name").split(" "));
        assertThat(radar).contains("Risiko je Dimension").contains(words.get(0));
    }

    @Test
    void shouldKeepTheEnglishReportAsItWas() {
        String html = admin.given()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .extract()
                .asString();
        assertThat(html).contains("lang=\"en\"", "Summary", "Improvement plan", "Answers given");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
