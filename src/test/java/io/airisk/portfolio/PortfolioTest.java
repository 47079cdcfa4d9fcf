package io.airisk.portfolio;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A portfolio over a tenant of its own, each figure checked against the submitted results by
 * hand: with five organizations, the quartiles fall on ranks 1, 2 and 3 exactly.
 */
@QuarkusTest
class PortfolioTest {

    private static final double CENT = 0.005;

    @Test
    void shouldCountEachOrganizationOnceByItsLatestSubmittedAssessment() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Portfolio tenant");
        String rising = "Rising <b>Ltd</b>";
        JsonNode risingFirst = Portfolios.submit(client, rising, "Retail", "50-250", 1);
        JsonNode risingLatest = Portfolios.submit(client, rising, "Retail", "50-250", 5);
        Portfolios.submit(client, "Falling Ltd", "Retail", "50-250", 5);
        JsonNode falling = Portfolios.submit(client, "Falling Ltd", "Retail", "50-250", 1);
        JsonNode middle = Portfolios.submit(client, "Middle Ltd", "Retail", "250-1000", 3);
        JsonNode low = Portfolios.submit(client, "Low Ltd", "retail ", "50-250", 2);
        JsonNode bank = Portfolios.submit(client, "Bank Ltd", "Banking", "50-250", 4);
        client.createDraft("Draft Ltd", Map.of());
        List<JsonNode> latest = List.of(risingLatest, falling, middle, low, bank);

        JsonNode portfolio = client.expect(200, "GET", "/api/v1/portfolio", null);

        assertThat(portfolio.path("organizations").asInt()).isEqualTo(5);
        assertThat(portfolio.path("assessments").asLong()).isEqualTo(7);
        Map<String, Integer> bands = new HashMap<>(Map.of("LOW", 0, "MODERATE", 0, "HIGH", 0, "CRITICAL", 0));
        latest.forEach(assessment -> bands.merge(assessment.at("/result/band").asText(), 1, Integer::sum));
        bands.forEach((band, count) ->
                assertThat(portfolio.at("/bands/" + band).asInt()).as(band).isEqualTo(count));

        List<Double> indexes = sorted(latest, "/result/overallRisk");
        JsonNode overall = portfolio.path("overall");
        assertThat(overall.path("count").asInt()).isEqualTo(5);
        assertThat(overall.path("min").asDouble()).isCloseTo(indexes.get(0), within(CENT));
        assertThat(overall.path("q1").asDouble()).isCloseTo(indexes.get(1), within(CENT));
        assertThat(overall.path("median").asDouble()).isCloseTo(indexes.get(2), within(CENT));
        assertThat(overall.path("q3").asDouble()).isCloseTo(indexes.get(3), within(CENT));
        assertThat(overall.path("max").asDouble()).isCloseTo(indexes.get(4), within(CENT));
        assertThat(overall.path("mean").asDouble())
                .isCloseTo(indexes.stream().mapToDouble(Double::doubleValue).sum() / 5, within(CENT));

        for (JsonNode dimension : risingLatest.at("/result/dimensions")) {
            String id = dimension.path("id").asText();
            JsonNode spread = portfolio.at("/dimensions/" + id);
            List<Double> scores = new ArrayList<>();
            latest.forEach(assessment -> assessment.at("/result/dimensions").forEach(each -> {
                if (each.path("id").asText().equals(id)) {
                    scores.add(each.path("score").asDouble());
                }
            }));
            scores.sort(Double::compare);
            assertThat(spread.path("name").asText()).as(id).isNotBlank();
            assertThat(spread.path("median").asDouble()).as(id).isCloseTo(scores.get(2), within(CENT));
            assertThat(spread.path("q1").asDouble()).as(id).isCloseTo(scores.get(1), within(CENT));
        }

        JsonNode top = portfolio.path("topRecommendations").get(0);
        int count = 0;
        double total = 0;
        for (JsonNode assessment : latest) {
            for (JsonNode step : assessment.at("/result/recommendations")) {
                if (step.path("id").asText().equals(top.path("id").asText())) {
                    count++;
                    total += step.path("expectedRiskReduction").asDouble();
                }
            }
        }
        assertThat(top.path("count").asInt()).isEqualTo(count);
        assertThat(top.path("totalExpectedReduction").asDouble()).isCloseTo(total, within(CENT));
        for (JsonNode step : portfolio.path("topRecommendations")) {
            assertThat(step.path("count").asInt()).isLessThanOrEqualTo(count);
        }

        assertThat(portfolio.path("risingTotal").asInt()).isEqualTo(1);
        JsonNode rise = portfolio.path("rising").get(0);
        assertThat(rise.path("organizationId").asText())
                .isEqualTo(risingLatest.path("organizationId").asText());
        assertThat(rise.path("assessmentId").asText())
                .isEqualTo(risingLatest.path("id").asText());
        assertThat(rise.path("previousAssessmentId").asText())
                .isEqualTo(risingFirst.path("id").asText());
        assertThat(rise.path("change").asDouble())
                .isCloseTo(
                        risingLatest.at("/result/overallRisk").asDouble()
                                - risingFirst.at("/result/overallRisk").asDouble(),
                        within(CENT))
                .isPositive();
    }

    @Test
    void shouldFilterByIndustrySizeAndPeriod() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Filtered tenant");
        List<JsonNode> all = List.of(
                Portfolios.submit(client, "Shop A", "Retail", "50-250", 2),
                Portfolios.submit(client, "Shop B", " RETAIL", "250-1000", 3),
                Portfolios.submit(client, "Bank A", "Banking", "50-250", 4));

        // Three values: the quartiles fall halfway between neighbours, at ranks 0.5 and 1.5.
        List<Double> indexes = sorted(all, "/result/overallRisk");
        JsonNode overall = client.expect(200, "GET", "/api/v1/portfolio", null).path("overall");
        assertThat(overall.path("q1").asDouble())
                .isCloseTo(indexes.get(0) + 0.5 * (indexes.get(1) - indexes.get(0)), within(CENT));
        assertThat(overall.path("median").asDouble()).isCloseTo(indexes.get(1), within(CENT));
        assertThat(overall.path("q3").asDouble())
                .isCloseTo(indexes.get(1) + 0.5 * (indexes.get(2) - indexes.get(1)), within(CENT));

        assertThat(client.expect(200, "GET", "/api/v1/portfolio?industry=retail", null)
                        .path("organizations")
                        .asInt())
                .isEqualTo(2);
        assertThat(client.expect(200, "GET", "/api/v1/portfolio?industry=Retail&size=50-250", null)
                        .path("organizations")
                        .asInt())
                .isEqualTo(1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(client.expect(200, "GET", "/api/v1/portfolio?from=" + today + "&to=" + today, null)
                        .path("organizations")
                        .asInt())
                .isEqualTo(3);
        JsonNode none = client.expect(200, "GET", "/api/v1/portfolio?from=" + today.plusDays(1), null);
        assertThat(none.path("organizations").asInt()).isZero();
        assertThat(none.has("overall")).isFalse();
        assertThat(none.at("/bands/HIGH").asInt()).isZero();
        assertThat(none.path("dimensions").size()).isZero();
    }

    @Test
    void shouldNameEveryBadFilter() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Bad filters tenant");
        client.send("GET", "/api/v1/portfolio?from=2026-13-01&to=tomorrow&industry=" + "x".repeat(101), null)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("from", "to", "industry"));
        client.send("GET", "/api/v1/portfolio?from=%2B999999999-12-31&to=-5000-01-01", null)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("from", "to"));
        client.send("GET", "/api/v1/portfolio?from=2026-07-02&to=2026-07-01", null)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("to"));
    }

    @Test
    void shouldFollowDeletionsAndKeepTenantsApart() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Deleting tenant");
        Portfolios.submit(client, "Up Ltd", "Retail", "50-250", 1);
        JsonNode up = Portfolios.submit(client, "Up Ltd", "Retail", "50-250", 5);
        assertThat(client.expect(200, "GET", "/api/v1/portfolio", null)
                        .path("risingTotal")
                        .asInt())
                .isEqualTo(1);

        client.delete(up.path("id").asText()).statusCode(204);
        JsonNode after = client.expect(200, "GET", "/api/v1/portfolio", null);
        assertThat(after.path("assessments").asInt()).isEqualTo(1);
        assertThat(after.path("risingTotal").asInt()).isZero();

        Api other = Api.as(TestKeys.ADMIN).newTenant("Other tenant");
        JsonNode empty = other.expect(200, "GET", "/api/v1/portfolio", null);
        assertThat(empty.path("organizations").asInt()).isZero();
    }

    @Test
    void shouldDrawThePortfolioAsAPageThatEscapesWhatItShows() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Page <i>tenant</i>");
        Portfolios.submit(client, "Rising <script>x</script>", "Retail", "50-250", 1);
        Portfolios.submit(client, "Rising <script>x</script>", "Retail", "50-250", 5);
        Portfolios.submit(client, "Other Ltd", "Retail", "50-250", 3);

        client.given()
                .accept("text/html")
                .get("/api/v1/portfolio/report")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("Page &lt;i&gt;tenant&lt;/i&gt;"))
                .body(containsString("Rising &lt;script&gt;x&lt;/script&gt;"))
                .body(not(containsString("<script>")))
                .body(containsString("<svg class=\"boxes\""))
                .body(containsString(
                        "<span class=\"figure\">2</span><br><span class=\"muted\">organizations assessed"));
        client.given()
                .accept("text/html")
                .get("/api/v1/portfolio/report?from=nope")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    private static List<Double> sorted(List<JsonNode> assessments, String pointer) {
        List<Double> values = new ArrayList<>();
        assessments.forEach(assessment -> values.add(assessment.at(pointer).asDouble()));
        values.sort(Double::compare);
        return values;
    }
}
