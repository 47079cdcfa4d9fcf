package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireValidatorTest {

    /** A minimal valid definition; each case below breaks one thing in it. */
    private static final String VALID = """
            {"version": "t1", "title": "Test", "notice": "Test only.",
             "dimensions": [{"id": "D", "name": "D", "weight": 1}, {"id": "E", "name": "E", "weight": 1}],
             "interactions": [{"id": "DxE", "name": "DxE", "first": "D", "second": "E", "weight": 1}],
             "bands": [{"id": "LOW", "min": 0}, {"id": "HIGH", "min": 50}],
             "questions": [
               {"id": "d.gate", "dimension": "D", "type": "SINGLE_CHOICE", "weight": 1, "references": ["R1"],
                "text": "Gate?", "help": "Why (R1).",
                "options": [{"id": "no", "label": "No", "risk": 0}, {"id": "yes", "label": "Yes", "risk": 1}]},
               {"id": "d.more", "dimension": "D", "type": "NUMBER", "weight": 2, "references": ["R2"],
                "text": "How much?", "help": "Why (R2).", "min": 0, "max": 10, "unit": "years", "riskDirection": "ASCENDING",
                "showIf": {"questionId": "d.gate", "anyOf": ["yes"]}},
               {"id": "e.flag", "dimension": "E", "type": "BOOLEAN", "weight": 1, "references": ["R8"],
                "text": "Flag?", "help": "Why (R8).", "riskDirection": "DESCENDING"}
             ],
             "recommendations": [{"id": "r", "reference": "R1", "title": "Do", "rationale": "Because",
                                  "triggers": [{"questionId": "d.gate", "minRisk": 0.5}]}]}
            """;

    @Test
    void shouldAcceptTheMinimalDefinition() {
        assertThat(QuestionnaireValidator.validate(Questionnaires.parse(VALID))).isEmpty();
    }

    @Test
    void shouldAcceptTheShippedDefinition() {
        assertThat(QuestionnaireValidator.validate(Questionnaires.v1())).isEmpty();
    }

    @Test
    void shouldRefuseToBuildAnEngineOnAnInvalidDefinitionNamingTheFault() {
        Questionnaire broken = Questionnaires.parse(VALID.replace("\"dimension\": \"E\"", "\"dimension\": \"X\""));

        assertThatThrownBy(() -> new ScoringEngine(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question 'e.flag': unknown dimension 'X'");
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(
                        "duplicate question id",
                        "\"id\": \"e.flag\"",
                        "\"id\": \"d.gate\"",
                        "question 'd.gate' is defined twice"),
                Arguments.of("no notice", "\"notice\": \"Test only.\",", "", "notice must not be blank"),
                Arguments.of(
                        "two questions of one code",
                        "{\"id\": \"e.flag\",",
                        "{\"id\": \"e.flag\", \"code\": \"DG\",",
                        "question 'e.flag': code 'DG' is also question 'd.gate''s"),
                Arguments.of(
                        "code not upper-case",
                        "{\"id\": \"e.flag\",",
                        "{\"id\": \"e.flag\", \"code\": \"ef\",",
                        "question 'e.flag': code must be 1 to 8 upper-case letters or digits"),
                Arguments.of(
                        "unknown both an answer and an option",
                        "\"options\": [{\"id\": \"no\"",
                        "\"allowsUnknown\": true, \"unknownRisk\": 0.5, \"options\": [{\"id\": \"unknown\"",
                        "question 'd.gate': allows unknown and has an option of that id"),
                Arguments.of("option risk above 1", "\"risk\": 1}", "\"risk\": 1.5}", "risk is required, in [0, 1]"),
                Arguments.of(
                        "option without risk",
                        "{\"id\": \"no\", \"label\": \"No\", \"risk\": 0}",
                        "{\"id\": \"no\", \"label\": \"No\"}",
                        "option 'no': risk is required"),
                Arguments.of(
                        "unknown reference", "[\"R8\"]", "[\"R9\"]", "references must name at least one of R1 to R8"),
                Arguments.of(
                        "showIf to a later question",
                        "\"questionId\": \"d.gate\", \"anyOf\"",
                        "\"questionId\": \"e.flag\", \"anyOf\"",
                        "showIf must refer to an earlier question"),
                Arguments.of(
                        "showIf not closed upwards",
                        "\"anyOf\": [\"yes\"]",
                        "\"anyOf\": [\"no\"]",
                        "showIf must also include 'yes'"),
                Arguments.of("number without unit", "\"unit\": \"years\", ", "", "a NUMBER needs a unit"),
                Arguments.of(
                        "range reversed",
                        "\"min\": 0, \"max\": 10",
                        "\"min\": 10, \"max\": 0",
                        "min and max are required, finite, and min < max"),
                Arguments.of(
                        "zero weight on a question that scales nothing",
                        "\"weight\": 2",
                        "\"weight\": 0",
                        "weight 0 is only for a question that scales others"),
                Arguments.of("negative weight", "\"weight\": 2", "\"weight\": -1", "weight must be a positive number"),
                Arguments.of("bands not ascending", "\"min\": 50", "\"min\": 0", "mins must ascend"),
                Arguments.of(
                        "rule on unknown question",
                        "\"questionId\": \"d.gate\", \"minRisk\"",
                        "\"questionId\": \"d.nope\", \"minRisk\"",
                        "trigger refers to unknown question 'd.nope'"),
                Arguments.of(
                        "dimension without questions",
                        "{\"id\": \"E\", \"name\": \"E\", \"weight\": 1}",
                        "{\"id\": \"E\", \"name\": \"E\", \"weight\": 1}, {\"id\": \"F\", \"name\": \"F\", \"weight\": 1}",
                        "dimension 'F' has no question"),
                Arguments.of(
                        "boolean without direction",
                        ", \"riskDirection\": \"DESCENDING\"",
                        "",
                        "riskDirection is required for BOOLEAN"),
                Arguments.of(
                        "interaction of one dimension",
                        "\"second\": \"E\"",
                        "\"second\": \"D\"",
                        "must join two different dimensions"),
                Arguments.of(
                        "rule with unknown reference",
                        "\"reference\": \"R1\"",
                        "\"reference\": \"R0\"",
                        "reference must be one of R1 to R8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void shouldNameEachFault(String name, String from, String to, String fault) {
        assertThat(VALID).contains(from);
        Questionnaire broken = Questionnaires.parse(VALID.replace(from, to));

        assertThat(QuestionnaireValidator.validate(broken))
                .anySatisfy(f -> assertThat(f).contains(fault));
    }
}
