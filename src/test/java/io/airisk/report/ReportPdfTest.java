package io.airisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
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
 * The report as a PDF: a real PDF, read back with PDFBox, that holds what the HTML report holds,
 * on numbered A4 pages with the summary on the first; the same access as the HTML report.
 */
@QuarkusTest
class ReportPdfTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    private String id;
    private String organization;

    @BeforeEach
    void submitted() throws Exception {
        Map<String, Object> answers = new ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), new TypeReference<>() {});
        organization = Api.organization("Łódź Präzision & \"Söhne\" <AG>");
        id = admin.create(Map.of("organization", Map.of("name", organization), "answers", answers))
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(id).statusCode(200);
    }

    @Test
    void shouldRenderTheReportAsANumberedPdfWithTheSummaryOnItsFirstPage() throws Exception {
        Response response = admin.given()
                .get("/api/v1/assessments/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .response();
        byte[] pdf = response.asByteArray();
        String overall = String.format(
                java.util.Locale.ROOT, "%.1f", (float) admin.get(id).extract().path("result.overallRisk"));
        String band = admin.get(id).extract().path("result.band");
        List<String> steps = admin.get(id).extract().path("result.recommendations.title");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"ai-risk-report-odz-prazision-sohne-ag-[0-9a-f-]+\\.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("pages").isBetween(4, 8);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("A4's width in points")
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String first = text(document, 1, 1);
            // The name is long (it ends with a UUID) and may wrap, as the page is narrower than it.
            assertThat(first.replaceAll("\\s+", "")).contains(organization.replaceAll("\\s+", ""));
            assertThat(first)
                    .contains(overall, band, "Summary", "The steps that lower the index most")
                    .containsPattern("1 ?/ ?" + pages)
                    .contains(steps.get(0).substring(0, 30), steps.get(2).substring(0, 30));
            String all = text(document, 1, pages);
            assertThat(all)
                    .contains("Answers given", "Improvement plan", "What the R codes mean", "Method")
                    .containsPattern(pages + " ?/ ?" + pages)
                    .doesNotContain("Effort: LOW", "Effort: MEDIUM", "Effort: HIGH");
            for (String step : steps) {
                assertThat(all.replaceAll("\\s+", " "))
                        .as("the plan's step " + step)
                        .contains(step);
            }
        }
    }

    @Test
    void shouldOpenThePdfWithAShareTokenInTheLinkAndRefuseTokensThatDoNotReadTheResult() {
        String share = admin.given()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/assessments/{id}/share-tokens", id)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        Api.anonymous()
                .given()
                .queryParam("token", share)
                .get("/api/v1/assessments/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        Api.anonymous()
                .given()
                .get("/api/v1/assessments/{id}/report.pdf", id)
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON);

        String draft = admin.create(Map.of("organization", Map.of("name", Api.organization("PDF draft"))))
                .statusCode(201)
                .extract()
                .path("id");
        String respondent = admin.given()
                .contentType("application/json")
                .body("{\"role\": \"FINANCE\", \"name\": \"CFO\"}")
                .post("/api/v1/assessments/{id}/respondent-tokens", draft)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        for (String path : new String[] {"report", "report.pdf"}) {
            Api.as(respondent)
                    .given()
                    .get("/api/v1/assessments/{id}/" + path, draft)
                    .then()
                    .statusCode(403)
                    .contentType(Api.PROBLEM_JSON);
        }
        admin.given()
                .get("/api/v1/assessments/{id}/report.pdf", draft)
                .then()
                .statusCode(409)
                .contentType(Api.PROBLEM_JSON);
        admin.given()
                .get("/api/v1/assessments/{id}/report.pdf", "00000000-0000-7000-8000-00000000dead")
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON);
    }

    private static String text(PDDocument document, int from, int to) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }
}
