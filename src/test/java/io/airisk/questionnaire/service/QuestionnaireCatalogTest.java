package io.airisk.questionnaire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The service refuses to start on an invalid definition, with a message naming the fault. */
class QuestionnaireCatalogTest {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldPublishTheShippedCatalog() {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog(mapper, () -> "questionnaires/catalog.json");

        assertThat(catalog.summaries())
                .extracting(QuestionnaireSummary::version)
                .containsExactly("v1", "v2", "v3");
        assertThat(catalog.current().questionnaire().version()).isEqualTo("v3");
        assertThat(catalog.require(null)).isSameAs(catalog.current());
        assertThatThrownBy(() -> catalog.require("v9")).isInstanceOf(UnknownQuestionnaireVersionException.class);
    }

    @Test
    void shouldOfferTheCurrentVersionInEveryLanguageAndOlderOnesInEnglish() {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog(mapper, () -> "questionnaires/catalog.json");

        assertThat(catalog.languages()).containsExactly("en", "de", "fr");
        assertThat(catalog.languages("v3")).containsExactly("en", "de", "fr");
        assertThat(catalog.languages("v1")).containsExactly("en");
        assertThat(catalog.questionnaire(catalog.current(), "de").title())
                .isNotEqualTo(catalog.current().questionnaire().title());
        assertThat(catalog.questionnaire(catalog.current(), "en"))
                .isSameAs(catalog.current().questionnaire());
        assertThat(catalog.questionnaire(catalog.require("v1"), "de"))
                .isSameAs(catalog.require("v1").questionnaire());
        assertThat(catalog.language(catalog.require("v1"), "de")).isEqualTo("en");
    }

    @Test
    void shouldRefuseAnIncompleteTranslationNamingWhatIsMissing() {
        assertThatThrownBy(() ->
                        new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/incomplete-translation.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("questionnaires-broken/v3.de-incomplete.json is incomplete")
                .hasMessageContaining("description: missing")
                .hasMessageContaining("questions.llm.production_use.options.core: missing");
    }

    @Test
    void shouldRefuseACurrentVersionLackingALanguage() {
        assertThatThrownBy(
                        () -> new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/untranslated-current.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the current version v3 has no translation into 'de'");
    }

    @Test
    void shouldRefuseADefinitionWhoseConditionLooksForward() {
        assertThatThrownBy(() -> new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/catalog.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("questionnaires-broken/forward-show-if.json")
                .hasMessageContaining("question 'd.first': showIf must refer to an earlier question");
    }

    @Test
    void shouldRefuseACatalogWhoseCurrentVersionIsNotPublished() {
        assertThatThrownBy(() -> new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/unknown-current.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current version 'v7' is not among [v1]");
    }

    @Test
    void shouldRefuseAMisspeltField() {
        assertThatThrownBy(() -> new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/typo.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("typo-definition.json")
                .hasMessageContaining("questionz");
    }

    @Test
    void shouldRefuseAMissingResource() {
        assertThatThrownBy(() -> new QuestionnaireCatalog(mapper, () -> "questionnaires-broken/none.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("questionnaires-broken/none.json is not on the class path");
    }
}
