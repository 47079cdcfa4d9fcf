package io.airisk.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.airisk.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The probes a platform wires: readiness names the database and the questionnaires, no key needed. */
@QuarkusTest
class HealthTest {

    /** Kubernetes calls the probes without a key. */
    private final Api probe = Api.anonymous();

    @Test
    void shouldBeReadyWithTheDatabaseAndTheQuestionnaires() {
        probe.given()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("questionnaires", "Database connections health check"))
                .body("checks.find { it.name == 'questionnaires' }.data.current", equalTo("v3"));
    }

    @Test
    void shouldAnswerTheStartupAndLivenessProbes() {
        probe.given()
                .when()
                .get("/q/health/started")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("questionnaires"));
        probe.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
