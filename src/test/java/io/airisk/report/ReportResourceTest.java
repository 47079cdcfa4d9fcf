package io.airisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The report, radar chart and badge of a submitted assessment: what they show, that what a client
 * sent is escaped, that they are well-formed SVG, and who may open them.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"Co\"";

    private final Api admin = Api.as(TestKeys.ADMIN);

    private String id;

    @BeforeEach
    void submitted() {
        id = admin.createCompleteDraft(HOSTILE + " " + System.nanoTime());
        admin.submit(id).statusCode(200);
    }

    @Test
    void shouldRenderThePrintableReportWithEverythingEscaped() throws Exception {
        Response report = admin.given()
                .accept("text/html")
                .when()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header(
                        "Content-Security-Policy",
                        equalTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .extract()
                .response();
        String html = report.asString();
        String band = admin.get(id).extract().path("result.band");

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;")
                .doesNotContain("<script")
                .contains("data-band=\"" + band + "\"")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("Improvement plan")
                .contains("questionnaire " + Api.VERSION)
                .contains("@media print")
                .contains("<ol class=\"plan\">");
        assertThat(wellFormed(html).getDocumentElement().getTagName())
                .as("the template is well-formed XHTML, as the PDF's layout needs")
                .isEqualTo("html");
    }

    @Test
    void shouldServeAGeneratedClientThatAcceptsOnlyProblemDetails() {
        // A client generated from the OpenAPI document accepts application/problem+json for errors:
        // the report and the charts still come as what they are.
        for (String[] each :
                new String[][] {{"report", "text/html"}, {"radar", "image/svg+xml"}, {"badge", "image/svg+xml"}}) {
            admin.given()
                    .accept(Api.PROBLEM_JSON)
                    .get("/api/v1/assessments/{id}/" + each[0], id)
                    .then()
                    .statusCode(200)
                    .contentType(each[1]);
        }
        admin.given()
                .accept("application/xml")
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(406)
                .contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("text/html or application/pdf for reports"));
    }

    @Test
    void shouldShowABrowserThatOpensABadLinkAPageAndEveryoneElseTheProblem() {
        // A browser opening the link as a page says so (Sec-Fetch-Dest: document); a client does not.
        String page = Api.anonymous()
                .given()
                .header("Sec-Fetch-Dest", "document")
                .accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/api/v1/assessments/{id}/report?token=ars_expired-or-revoked-0123456789", id)
                .then()
                .statusCode(401)
                .contentType("text/html")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract()
                .asString();
        assertThat(page)
                .contains("<h1>Unauthorized</h1>", "may have expired or been revoked")
                .doesNotContain("\"type\"");
        Api.anonymous()
                .given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report?token=ars_expired-or-revoked-0123456789", id)
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON);
    }

    @Test
    void shouldSayWhatToFindOutFirstTheQuickWinsAndWhatEachRecommendationServes() throws Exception {
        Map<String, Object> answers = new ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), new TypeReference<>() {});
        String current = admin.create(
                        Map.of("organization", Map.of("name", Api.organization("Report v3")), "answers", answers))
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(current).statusCode(200);

        String html = admin.given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report", current)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .contains("questionnaire v3")
                .contains("Serves R4")
                .contains("<dt>R4</dt><dd>Avoid lock-in to expensive LLM infrastructure that may become obsolete.</dd>")
                .containsOnlyOnce("Avoid lock-in to expensive LLM infrastructure that may become obsolete.")
                .contains("the index lies between 62.4 and 67.2 once they are known")
                .contains("What to find out first")
                // signals.upgrade_gains narrows the range most (2.19 points), then talent.key_people.
                .containsSubsequence(
                        "Do you record, over time, what each model upgrade",
                        "narrows the range by 2.2 points",
                        "If the two people who know your most important AI system best left")
                .contains("Most reduction for the effort")
                .contains("Steps that do not add up");
        // Effort is worded as the time a step takes, never as a band's name.
        assertThat(html).doesNotContainPattern("(?i)effort[^<]{0,40}\\b(LOW|MEDIUM|HIGH)\\b");
        assertThat(html).containsPattern("Effort: (weeks|a quarter or two|a year or more)");
    }

    @Test
    void shouldShowEveryAnswerGivenInWordsAndLeadWithASummary() throws Exception {
        Map<String, Object> answers = new ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), new TypeReference<>() {});
        String current = admin.create(
                        Map.of("organization", Map.of("name", Api.organization("Answers v3")), "answers", answers))
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(current).statusCode(200);
        Document page = wellFormed(admin.given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report", current)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> given = answersGiven(page, "dd");
        List<String> plan = admin.get(current).extract().path("result.recommendations.title");

        // Every answer of the worked example, each in words: no option id (such as 10_to_25) is shown.
        assertThat(answersGiven(page, "dt")).hasSize(answers.size());
        assertThat(given)
                .hasSize(answers.size())
                .allSatisfy(
                        answer -> assertThat(answer).isNotBlank().doesNotMatch("^[a-z0-9_]+(; [a-z0-9_]+)*( \\+.*)?$"));
        assertThat(given).anyMatch(answer -> answer.startsWith("Unknown (don't know)"));
        assertThat(given).anyMatch(answer -> answer.contains("among the three that add most"));
        // The summary leads with the five steps that lower the index most, in the plan's order.
        assertThat(texts(page, "li").stream()
                        .filter(item -> plan.stream().anyMatch(item::startsWith))
                        .limit(5)
                        .toList())
                .hasSize(5)
                .allSatisfy(item -> assertThat(item).contains(" points"));
        assertThat(page.getElementsByTagName("ol")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("class")
                        .getNodeValue())
                .isEqualTo("leading");
    }

    @Test
    void shouldDrawTheRadarAsWellFormedSvgWithOneAxisPerDimension() throws Exception {
        String svg = admin.given()
                .when()
                .get("/api/v1/assessments/{id}/radar", id)
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();
        Document document = xml(svg);
        int dimensions = admin.get(id).extract().path("result.dimensions.size()");

        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("text").getLength()).isEqualTo(dimensions);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(dimensions);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Risk by dimension");
    }

    @Test
    void shouldShowTheBandOnABadge() throws Exception {
        String svg = admin.given()
                .when()
                .get("/api/v1/assessments/{id}/badge", id)
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();
        String band = admin.get(id).extract().path("result.band");

        assertThat(xml(svg).getElementsByTagName("title").item(0).getTextContent())
                .startsWith("AI strategy risk: " + band + " ");
    }

    @Test
    void shouldOpenTheReportWithAShareTokenInTheLinkAndNothingElse() {
        String share = admin.given()
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/assessments/{id}/share-tokens", id)
                .then()
                .statusCode(201)
                .extract()
                .path("token");

        for (String path : new String[] {"report", "radar", "badge"}) {
            Api.anonymous()
                    .given()
                    .queryParam("token", share)
                    .when()
                    .get("/api/v1/assessments/{id}/" + path, id)
                    .then()
                    .statusCode(200);
        }
        Api.anonymous()
                .given()
                .queryParam("token", share)
                .when()
                .get("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(401);
        // A key is never taken from a link.
        Api.anonymous()
                .given()
                .queryParam("token", TestKeys.ADMIN)
                .when()
                .get("/api/v1/assessments/{id}/report", id)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldRefuseADraftWithAProblem() {
        String draft = admin.createCompleteDraft(Api.organization("Draft report"));
        for (String path : new String[] {"report", "radar", "badge"}) {
            admin.given()
                    .when()
                    .get("/api/v1/assessments/{id}/" + path, draft)
                    .then()
                    .statusCode(409)
                    .contentType(Api.PROBLEM_JSON);
        }
        admin.given()
                .when()
                .get("/api/v1/assessments/{id}/report", "not-an-id")
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON);
    }

    /** The report as XML: a doctype is allowed (the template's names no DTD), external entities are not. */
    private static Document wellFormed(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The texts of the questions (dt) or answers (dd) of every dimension's "Answers given". */
    private static List<String> answersGiven(Document page, String tag) {
        NodeList lists = page.getElementsByTagName("dl");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lists.getLength(); i++) {
            org.w3c.dom.Element list = (org.w3c.dom.Element) lists.item(i);
            if (list.getAttribute("class").equals("answers")) {
                NodeList items = list.getElementsByTagName(tag);
                for (int j = 0; j < items.getLength(); j++) {
                    texts.add(items.item(j).getTextContent().trim());
                }
            }
        }
        return texts;
    }

    private static List<String> texts(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
