package io.airisk.questionnaire.rest;

import static io.airisk.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResourceTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldListThePublishedVersionsWithExactlyOneCurrent() {
        admin.given()
                .when()
                .get("/api/v1/questionnaires")
                .then()
                .statusCode(200)
                .body("version", hasItem("v1"))
                .body("version", hasItem("v3"))
                .body("find { it.current }.version", equalTo("v3"))
                .body("findAll { it.current }.size()", equalTo(1))
                .body("title", everyItem(notNullValue()));
    }

    @Test
    void shouldServeTheCurrentDefinitionAsTheContractDescribes() {
        admin.given()
                .when()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .body("version", equalTo("v3"))
                .body("dimensions.size()", equalTo(6))
                .body("dimensions.id", hasItem("LLM_DEPENDENCE"))
                .body("dimensions.name", everyItem(notNullValue()))
                .body("dimensions.description", everyItem(notNullValue()))
                .body("questions.size()", greaterThanOrEqualTo(20))
                .body("questions.id", everyItem(notNullValue()))
                .body("questions.text", everyItem(notNullValue()))
                .body("questions.help", everyItem(notNullValue()))
                .body("questions.required", everyItem(notNullValue()))
                .body("questions.find { it.id == 'llm.revenue_share' }.options.risk", everyItem(notNullValue()))
                .body(
                        "questions.find { it.id == 'llm.revenue_share' }.showIf.questionId",
                        equalTo("llm.production_use"))
                .body(
                        "questions.find { it.id == 'reasoning.critical_areas' }.options.find { it.id == 'none' }.exclusive",
                        equalTo(true))
                .body("questions.find { it.id == 'reasoning.critical_areas' }.combine", equalTo("MAX"))
                .body("questions.find { it.id == 'llm.revenue_share' }.allowsUnknown", equalTo(true))
                .body("questions.find { it.id == 'llm.revenue_share' }.unknownRisk", equalTo(0.7f))
                .body("questions.find { it.id == 'llm.revenue_share' }.respondent", equalTo("FINANCE"))
                .body("questions.find { it.id == 'reasoning.failure_impact' }.riskDirection", equalTo("ASCENDING"))
                .body("questions.find { it.id == 'reasoning.failure_impact' }.anchors.size()", equalTo(5))
                .body(
                        "questions.find { it.id == 'reasoning.decision_share' }.scaledBy",
                        hasItem("reasoning.verification"))
                .body("compounding", equalTo("HEADROOM"));
    }

    @Test
    void shouldServeAVersionByName() {
        admin.given()
                .when()
                .get("/api/v1/questionnaires/v1")
                .then()
                .statusCode(200)
                .body("version", equalTo("v1"));
    }

    @Test
    void shouldAnswerAnUnknownVersionWith404Problem() {
        admin.given()
                .when()
                .get("/api/v1/questionnaires/v99")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void shouldServeTheCurrentDefinitionInTheLanguageAsked() {
        String english = admin.given()
                .get("/api/v1/questionnaires/current")
                .then()
                .extract()
                .path("title");
        admin.given()
                .queryParam("lang", "de")
                .when()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("version", equalTo("v3"))
                .body("title", not(equalTo(english)))
                .body("questions.find { it.id == 'llm.production_use' }.text", containsString("LLM"))
                .body("questions.find { it.id == 'llm.production_use' }.options.id", hasItem("core"))
                .body("questions.find { it.id == 'llm.revenue_share' }.options.risk", everyItem(notNullValue()))
                .body("recommendations.id", hasItem("qualify-a-fallback-model"));
    }

    @Test
    void shouldChooseTheLanguageFromAcceptLanguageByQuality() {
        String french = admin.given()
                .queryParam("lang", "fr")
                .get("/api/v1/questionnaires/v3")
                .then()
                .extract()
                .path("title");
        admin.given()
                .header("Accept-Language", "it;q=1, fr-CH;q=0.9, de;q=0.5")
                .when()
                .get("/api/v1/questionnaires/v3")
                .then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .body("title", equalTo(french));
        admin.given()
                .header("Accept-Language", "it, ja")
                .when()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .header("Content-Language", "en");
        admin.given()
                .header("Accept-Language", ";;q=x,,")
                .when()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void shouldServeAnOlderVersionInEnglishWhateverTheLanguage() {
        admin.given()
                .queryParam("lang", "de")
                .when()
                .get("/api/v1/questionnaires/v1")
                .then()
                .statusCode(200)
                .header("Content-Language", "en");
        admin.given()
                .when()
                .get("/api/v1/questionnaires")
                .then()
                .body("find { it.version == 'v3' }.languages", contains("en", "de", "fr"))
                .body("find { it.version == 'v1' }.languages", contains("en"));
    }

    @Test
    void shouldRefuseALanguageNotOffered() {
        admin.given()
                .queryParam("lang", "xx")
                .when()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", equalTo("is one of en, de, fr"));
    }
}
