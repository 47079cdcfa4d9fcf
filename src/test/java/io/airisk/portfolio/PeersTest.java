package io.airisk.portfolio;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Peer benchmarks: within a tenant at 10 other organizations, across tenants at 10 organizations of
 * 3 tenants that take part, and nothing of a tenant that does not.
 */
@QuarkusTest
class PeersTest {

    @Test
    void shouldRankWithinTheTenantOnlyFromTenOtherOrganizations() {
        String industry = "Peer industry " + UUID.randomUUID();
        Api client = Api.as(TestKeys.ADMIN).newTenant("Peers within");
        JsonNode subject = Portfolios.submit(client, "Subject Ltd", industry, "50-250", 3);
        String path = "/api/v1/assessments/" + subject.path("id").asText() + "/peers";
        List<JsonNode> peers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            peers.add(Portfolios.submit(client, "Peer " + i, industry, " 50-250 ", 1 + i % 5));
        }
        Portfolios.submit(client, "Other size", industry, "1000-5000", 5);
        Portfolios.submit(client, "Other industry", "Another " + industry, "50-250", 5);

        JsonNode nine = client.expect(200, "GET", path, null);
        assertThat(nine.path("available").asBoolean()).isFalse();
        assertThat(nine.path("reason").asText()).isEqualTo("TOO_FEW_ORGANIZATIONS");
        assertThat(nine.has("percentile")).isFalse();
        assertThat(nine.has("groupSize")).isFalse();
        assertThat(report(client, subject)).doesNotContain("Among its peers");

        // A second assessment of a peer counts once, by its latest.
        peers.set(0, Portfolios.submit(client, "Peer 0", industry, "50-250", 5));
        assertThat(client.expect(200, "GET", path, null).path("available").asBoolean())
                .isFalse();

        peers.add(Portfolios.submit(client, "Peer 9", industry.toUpperCase(), "50-250", 4));
        JsonNode ten = client.expect(200, "GET", path, null);
        assertThat(ten.path("available").asBoolean()).isTrue();
        assertThat(ten.path("scope").asText()).isEqualTo("TENANT");
        assertThat(ten.path("groupSize").asInt()).isEqualTo(10);
        assertThat(report(client, subject))
                .contains("Among its peers")
                .contains("Among 10 other organizations in " + industry + " of size 50-250, within this tenant")
                .contains("<strong>" + ten.at("/percentile/overall").asDouble() + " %</strong>");
        assertThat(ten.at("/percentile/overall").asDouble())
                .isEqualTo(byHand(subject.at("/result/overallRisk").asDouble(), peers, "/result/overallRisk"));
        for (JsonNode dimension : subject.at("/result/dimensions")) {
            String id = dimension.path("id").asText();
            List<JsonNode> scores = new ArrayList<>();
            peers.forEach(peer -> peer.at("/result/dimensions").forEach(each -> {
                if (each.path("id").asText().equals(id)) {
                    scores.add(each);
                }
            }));
            assertThat(ten.at("/percentile/dimensions/" + id).asDouble())
                    .as(id)
                    .isEqualTo(byHand(dimension.path("score").asDouble(), scores, "/score"));
        }
    }

    @Test
    void shouldShareAcrossTenantsOnlyAmongOthersThatTakePartNoneDominant() {
        String industry = "Shared industry " + UUID.randomUUID();
        Api first = Api.as(TestKeys.ADMIN).newTenant("Peers first");
        JsonNode older = Portfolios.submit(first, "Subject Ltd", industry, "50-250", 2);
        JsonNode subject = Portfolios.submit(first, "Subject Ltd", industry, "50-250", 3);
        String path = "/api/v1/assessments/" + subject.path("id").asText() + "/peers?scope=shared";
        for (int i = 0; i < 10; i++) {
            Portfolios.submit(first, "First peer " + i, industry, "50-250", 1 + i % 5);
        }
        List<JsonNode> others = new ArrayList<>();
        List<Api> tenants = new ArrayList<>();
        for (String name : List.of("second", "third", "fourth")) {
            Api tenant = Api.as(TestKeys.ADMIN).newTenant("Peers " + name);
            tenants.add(tenant);
            for (int i = 0; i < 4; i++) {
                others.add(Portfolios.submit(
                        tenant, name + " peer " + i, industry, "50-250", 1 + (i + others.size()) % 5));
            }
        }

        assertThat(first.expect(200, "GET", path, null).path("reason").asText()).isEqualTo("NOT_TAKING_PART");
        takePart(first, true);
        takePart(tenants.get(0), true);
        takePart(tenants.get(1), true);
        // The first tenant's own ten organizations do not count towards a shared group: 8 of 2 tenants.
        JsonNode twoTenants = first.expect(200, "GET", path, null);
        assertThat(twoTenants.path("available").asBoolean()).isFalse();
        assertThat(twoTenants.path("reason").asText()).isEqualTo("GROUP_TOO_SMALL");
        assertThat(twoTenants.has("groupSize")).isFalse();

        takePart(tenants.get(2), true);
        JsonNode shared = first.expect(200, "GET", path, null);
        assertThat(shared.path("available").asBoolean()).isTrue();
        assertThat(shared.path("scope").asText()).isEqualTo("SHARED");
        assertThat(shared.path("groupSize").asInt())
                .as("12, rounded down to a multiple of 5")
                .isEqualTo(10);
        double exact = byHand(subject.at("/result/overallRisk").asDouble(), others, "/result/overallRisk");
        assertThat(shared.at("/percentile/overall").asDouble()).isEqualTo(Math.round(exact / 5) * 5.0);
        assertThat(shared.path("percentile").path("dimensions").size()).isPositive();
        shared.path("percentile")
                .path("dimensions")
                .forEach(percentile -> assertThat(percentile.asDouble() % 5).isZero());
        assertThat(first.expect(
                                200,
                                "GET",
                                "/api/v1/assessments/" + older.path("id").asText() + "/peers?scope=shared",
                                null)
                        .path("reason")
                        .asText())
                .isEqualTo("NOT_LATEST");

        // A tenant holding more than half the group keeps it from being shown, while it takes part.
        Api large = Api.as(TestKeys.ADMIN).newTenant("Peers large");
        for (int i = 0; i < 13; i++) {
            Portfolios.submit(large, "Large peer " + i, industry, "50-250", 4);
        }
        takePart(large, true);
        assertThat(first.expect(200, "GET", path, null).path("reason").asText()).isEqualTo("GROUP_TOO_SMALL");
        takePart(large, false);
        assertThat(first.expect(200, "GET", path, null).path("available").asBoolean())
                .isTrue();

        // A tenant that stops taking part is counted no more; the first tenant's own group is unchanged.
        takePart(tenants.get(2), false);
        assertThat(first.expect(200, "GET", path, null).path("reason").asText()).isEqualTo("GROUP_TOO_SMALL");
        assertThat(first.expect(200, "GET", path.replace("shared", "tenant"), null)
                        .path("groupSize")
                        .asInt())
                .isEqualTo(10);
        assertThat(tenants.get(2)
                        .expect(200, "GET", "/api/v1/tenant", null)
                        .path("peerBenchmarks")
                        .asBoolean())
                .isFalse();
        tenants.get(2)
                .send("GET", "/api/v1/audit-events", null)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("PEER_BENCHMARKS_JOINED", "PEER_BENCHMARKS_LEFT"));
    }

    @Test
    void shouldExplainWhyWithoutAPeerGroupAndRefuseWhatIsNotSubmitted() {
        Api client = Api.as(TestKeys.ADMIN).newTenant("Peers refused");
        Map<String, Object> unnamed =
                Map.of("organization", Map.of("name", "No industry Ltd"), "questionnaireVersion", "v3");
        String draft = client.create(unnamed).statusCode(201).extract().path("id");

        client.send("GET", "/api/v1/assessments/" + draft + "/peers", null)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        client.send("GET", "/api/v1/assessments/" + draft + "/peers?scope=everyone", null)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("scope"));
        JsonNode submitted = Portfolios.submit(client, "No size Ltd", "Retail", null, 3);
        JsonNode none = client.expect(
                200, "GET", "/api/v1/assessments/" + submitted.path("id").asText() + "/peers", null);
        assertThat(none.path("reason").asText()).isEqualTo("NO_PEER_GROUP");
        Api other = Api.as(TestKeys.ADMIN).newTenant("Peers stranger");
        other.send("GET", "/api/v1/assessments/" + submitted.path("id").asText() + "/peers", null)
                .then()
                .statusCode(404);
    }

    private static String report(Api client, JsonNode assessment) {
        return client.given()
                .accept("text/html")
                .get("/api/v1/assessments/" + assessment.path("id").asText() + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static void takePart(Api client, boolean takePart) {
        assertThat(client.expect(200, "PATCH", "/api/v1/tenant", Map.of("peerBenchmarks", takePart))
                        .path("peerBenchmarks")
                        .asBoolean())
                .isEqualTo(takePart);
    }

    /** The share of the peers' values below, ties counting half, in percent to the tenth. */
    private static double byHand(double value, List<JsonNode> peers, String pointer) {
        double below = 0;
        for (JsonNode peer : peers) {
            double other = peer.at(pointer).asDouble();
            below += other < value ? 1 : other == value ? 0.5 : 0;
        }
        return Math.round(below / peers.size() * 1000) / 10.0;
    }
}
