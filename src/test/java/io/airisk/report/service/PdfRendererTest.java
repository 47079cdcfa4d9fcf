package io.airisk.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The PDF renderer runs as many renders at once as configured, and a busy one says so. */
@QuarkusTest
class PdfRendererTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    PdfRenderer renderer;

    @Test
    void shouldAnswerABusyRendererWith503AndRetryAfterRatherThanQueueing() {
        String id = admin.createCompleteDraft(Api.organization("Busy PDF"));
        admin.submit(id).statusCode(200);
        assertThat(renderer.tryHold())
                .as("the one place (airisk.report.pdf.concurrency=1)")
                .isTrue();
        try {
            assertThat(renderer.tryHold()).isFalse();
            admin.given()
                    .get("/api/v1/assessments/{id}/report.pdf", id)
                    .then()
                    .statusCode(503)
                    .contentType(Api.PROBLEM_JSON)
                    .header("Retry-After", "2")
                    .body("type", equalTo("urn:airisk:problem:overloaded"))
                    .body("detail", containsString("renders 1 PDF at once"));
            // The HTML report does not wait for the PDF's renderer.
            admin.given().get("/api/v1/assessments/{id}/report", id).then().statusCode(200);
        } finally {
            renderer.release();
        }
        admin.given()
                .get("/api/v1/assessments/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void shouldRefuseAPageThatIsNotWellFormedXhtml() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfRenderer.parse("<html><br></html>"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("well-formed XHTML");
    }
}
