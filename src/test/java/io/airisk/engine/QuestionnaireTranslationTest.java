package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.QuestionnaireTranslation.DimensionTexts;
import io.airisk.engine.QuestionnaireTranslation.InteractionTexts;
import io.airisk.engine.QuestionnaireTranslation.QuestionTexts;
import io.airisk.engine.QuestionnaireTranslation.RecommendationTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionnaireTranslationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "the shipped {0} translation of v3 has every text and nothing more")
    @ValueSource(strings = {"de", "fr"})
    void shippedTranslationsAreComplete(String language) {
        QuestionnaireTranslation translation = shipped(language);

        assertThat(translation.language()).isEqualTo(language);
        assertThat(translation.problems(Questionnaires.v3())).isEmpty();
    }

    @ParameterizedTest(name = "the shipped {0} translation words every question, option and anchor anew")
    @ValueSource(strings = {"de", "fr"})
    void shippedTranslationsAreNotTheEnglishCopied(String language) {
        Questionnaire translated = shipped(language).applyTo(Questionnaires.v3());

        for (Question question : Questionnaires.v3().questions()) {
            Question other = translated.question(question.id());
            assertThat(other.text()).as(question.id()).isNotEqualTo(question.text());
            assertThat(other.help()).as(question.id()).isNotEqualTo(question.help());
        }
        for (int i = 0; i < Questionnaires.v3().recommendations().size(); i++) {
            assertThat(translated.recommendations().get(i).title())
                    .isNotEqualTo(Questionnaires.v3().recommendations().get(i).title());
        }
    }

    @ParameterizedTest(name = "in {0}, 300 random answer sets score exactly as in English")
    @ValueSource(strings = {"de", "fr"})
    void aTranslationNeverChangesAScore(String language) {
        ScoringEngine english = Questionnaires.v3Engine();
        ScoringEngine translated = new ScoringEngine(shipped(language).applyTo(Questionnaires.v3()));
        AnswerSets sets = new AnswerSets(english);
        Random random = new Random(30);

        for (int i = 0; i < 300; i++) {
            Map<String, Answer> answers = english.withoutHidden(sets.random(random));
            ScoreResult inEnglish = english.score(answers);
            ScoreResult inTranslation = translated.score(answers);

            assertThat(inTranslation.overallRisk()).isEqualTo(inEnglish.overallRisk());
            assertThat(inTranslation.band()).isEqualTo(inEnglish.band());
            assertThat(inTranslation.range()).isEqualTo(inEnglish.range());
            assertThat(inTranslation.dimensions()).isEqualTo(inEnglish.dimensions());
            assertThat(inTranslation.recommendations())
                    .extracting(ScoreResult.Recommendation::id, ScoreResult.Recommendation::expectedRiskReduction)
                    .containsExactlyElementsOf(inEnglish.recommendations().stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.expectedRiskReduction()))
                            .toList());
        }
    }

    @Test
    void aCompleteTranslationReplacesEveryTextAndKeepsEveryRule() {
        Questionnaire original = Questionnaires.v3();
        QuestionnaireTranslation translation = worded(original, text -> "« " + text + " »");

        Questionnaire translated = translation.applyTo(original);

        assertThat(translation.problems(original)).isEmpty();
        assertThat(translated.title()).isEqualTo("« " + original.title() + " »");
        Question first = original.questions().get(0);
        assertThat(translated.questions().get(0).options().get(0).label())
                .isEqualTo("« " + first.options().get(0).label() + " »");
        assertThat(translated.questions().get(0).options().get(0).risk())
                .isEqualTo(first.options().get(0).risk());
        assertThat(translated.questions())
                .extracting(Question::id, Question::weight, Question::showIf, Question::respondent)
                .containsExactlyElementsOf(original.questions().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.id(), q.weight(), q.showIf(), q.respondent()))
                        .toList());
        assertThat(translated.bands()).isEqualTo(original.bands());
        assertThat(translated.recommendations())
                .extracting(RecommendationRule::triggers)
                .containsExactlyElementsOf(original.recommendations().stream()
                        .map(RecommendationRule::triggers)
                        .toList());
    }

    @Test
    void aMissingBlankOrExtraTextIsNamedByItsPath() {
        Questionnaire original = Questionnaires.v3();
        QuestionnaireTranslation complete = worded(original, text -> "x" + text);
        Question question = original.questions().stream()
                .filter(q -> q.anchors() != null)
                .findFirst()
                .orElseThrow();
        Map<String, QuestionTexts> questions = new HashMap<>(complete.questions());
        QuestionTexts texts = questions.get(question.id());
        Map<String, String> anchors = new HashMap<>(texts.anchors());
        anchors.remove(String.valueOf(question.anchors().get(0).value()));
        anchors.put("99", "no such point");
        questions.put(question.id(), new QuestionTexts(" ", texts.help(), texts.options(), anchors));
        questions.put("no.such_question", texts);
        Map<String, String> references = new HashMap<>(complete.references());
        references.put("R1", "two\nlines");

        QuestionnaireTranslation broken = new QuestionnaireTranslation(
                "v2",
                "DE",
                complete.title(),
                null,
                complete.notice(),
                references,
                complete.dimensions(),
                complete.interactions(),
                questions,
                complete.recommendations());

        assertThat(broken.problems(original))
                .containsExactlyInAnyOrder(
                        "version: translates 'v2', not 'v3'",
                        "language: a lower-case two-letter code, not 'DE'",
                        "description: missing",
                        "references.R1: holds a control character",
                        "questions.no.such_question: not in the original",
                        "questions." + question.id() + ".text: missing",
                        "questions." + question.id() + ".anchors.99: not in the original",
                        "questions." + question.id() + ".anchors."
                                + question.anchors().get(0).value() + ": missing");
    }

    /** A complete translation of {@code original} whose every text is {@code word} of the English. */
    static QuestionnaireTranslation worded(Questionnaire original, UnaryOperator<String> word) {
        Map<String, String> references = new LinkedHashMap<>();
        original.references().forEach(r -> references.put(r.id(), word.apply(r.summary())));
        Map<String, DimensionTexts> dimensions = new LinkedHashMap<>();
        original.dimensions()
                .forEach(d ->
                        dimensions.put(d.id(), new DimensionTexts(word.apply(d.name()), word.apply(d.description()))));
        Map<String, InteractionTexts> interactions = new LinkedHashMap<>();
        original.interactions()
                .forEach(i -> interactions.put(
                        i.id(), new InteractionTexts(word.apply(i.name()), word.apply(i.rationale()))));
        Map<String, QuestionTexts> questions = new LinkedHashMap<>();
        for (Question q : original.questions()) {
            Map<String, String> options = new LinkedHashMap<>();
            for (Option option : q.options() == null ? List.<Option>of() : q.options()) {
                options.put(option.id(), word.apply(option.label()));
            }
            Map<String, String> anchors = new LinkedHashMap<>();
            for (Anchor anchor : q.anchors() == null ? List.<Anchor>of() : q.anchors()) {
                anchors.put(String.valueOf(anchor.value()), word.apply(anchor.label()));
            }
            questions.put(
                    q.id(),
                    new QuestionTexts(
                            word.apply(q.text()), q.help() == null ? null : word.apply(q.help()), options, anchors));
        }
        Map<String, RecommendationTexts> recommendations = new LinkedHashMap<>();
        for (RecommendationRule r : original.recommendations()) {
            recommendations.put(
                    r.id(),
                    new RecommendationTexts(
                            word.apply(r.title()),
                            word.apply(r.rationale()),
                            r.target() == null ? null : word.apply(r.target()),
                            r.tradeOff() == null ? null : word.apply(r.tradeOff())));
        }
        return new QuestionnaireTranslation(
                original.version(),
                "xx",
                word.apply(original.title()),
                word.apply(original.description()),
                word.apply(original.notice()),
                references,
                dimensions,
                interactions,
                questions,
                recommendations);
    }

    private static QuestionnaireTranslation shipped(String language) {
        String resource = "questionnaires/translations/v3." + language + ".json";
        try (InputStream in =
                QuestionnaireTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return MAPPER.readValue(in, QuestionnaireTranslation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
