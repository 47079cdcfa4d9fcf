package io.airisk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The probes a platform wires: readiness names the database and the questionnaires, no key needed. */
@QuarkusTest
class HealthTest {

    @Test
    void shouldBeReadyWithTheDatabaseAndTheQuestionnaires() {
        given().header("Authorization", "")
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("questionnaires", "Database connections health check"))
                .body("checks.find { it.name == 'questionnaires' }.data.current", equalTo("v2"));
    }

    @Test
    void shouldAnswerTheStartupAndLivenessProbes() {
        given().when().get("/q/health/started").then().statusCode(200).body("checks.name", hasItems("questionnaires"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
