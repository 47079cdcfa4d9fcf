package io.airisk.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete enough for a client to be generated and trusted. */
@QuarkusTest
class OpenApiTest {

    @Test
    void shouldDescribeTheApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", notNullValue())
                .body("info.version", notNullValue())
                .body("info.description", notNullValue())
                .body("info.license.name", notNullValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEveryOperationASummaryAndEveryResponseASchema() {
        JsonPath openApi = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");

        assertThat(paths)
                .containsKeys(
                        "/api/v1/questionnaires",
                        "/api/v1/questionnaires/current",
                        "/api/v1/questionnaires/{version}",
                        "/api/v1/assessments",
                        "/api/v1/assessments/{id}",
                        "/api/v1/assessments/{id}/answers",
                        "/api/v1/assessments/{id}/submit",
                        "/api/v1/scores");
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!(raw instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as(where).anyMatch(code -> code.startsWith("2"));
            responses.forEach((code, response) -> {
                if (!code.equals("204")) {
                    assertThat(response).as(where + " " + code).containsKey("content");
                }
            });
            if (operation.containsKey("requestBody")) {
                assertThat(operation.get("requestBody").toString())
                        .as(where + " request example")
                        .contains("example");
            }
            String success = responses.keySet().stream()
                    .filter(code -> code.startsWith("2"))
                    .findFirst()
                    .orElseThrow();
            if (!success.equals("204")) {
                assertThat(responses.get(success).toString())
                        .as(where + " response example")
                        .contains("example");
            }
            if (path.startsWith("/api/v1/assessments/{id}")) {
                assertThat(responses).as(where).containsKey("404");
            }
        }));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
