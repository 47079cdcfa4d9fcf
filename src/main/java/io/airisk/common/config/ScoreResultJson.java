package io.airisk.common.config;

import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoreResult.Contribution;
import io.airisk.scoring.engine.ScoreResult.DimensionScore;
import io.airisk.scoring.engine.ScoreResult.OverallTerm;
import io.airisk.scoring.engine.ScoreResult.Recommendation;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a {@link ScoreResult} as the JSON Jackson's bean serialization would write (the same
 * fields in the same order, {@code null} texts left out, characters beyond the Basic Multilingual
 * Plane in UTF-8 where Jackson escapes them), straight into UTF-8 bytes: every string
 * in a result comes from a questionnaire definition and is escaped once ({@link JsonBytes}), and
 * numbers go through {@link ShortDecimals}. Writing a result through Jackson's generator, even
 * field by field, was a third of the time spent serving a score. ScoreResultJsonTest holds the
 * output byte for byte to Jackson's own, so a field added to the result and not here fails it.
 */
final class ScoreResultJson {

    private static final byte[] OVERALL_RISK = JsonBytes.name("overallRisk");
    private static final byte[] BAND = JsonBytes.name("band");
    private static final byte[] COMPLETENESS = JsonBytes.name("completeness");
    private static final byte[] QUESTIONNAIRE_VERSION = JsonBytes.name("questionnaireVersion");
    private static final byte[] DIMENSIONS = JsonBytes.name("dimensions");
    private static final byte[] OVERALL_TERMS = JsonBytes.name("overallTerms");
    private static final byte[] RECOMMENDATIONS = JsonBytes.name("recommendations");
    private static final byte[] NOTICE = JsonBytes.name("notice");
    private static final byte[] ID = JsonBytes.name("id");
    private static final byte[] SCORE = JsonBytes.name("score");
    private static final byte[] CONTRIBUTIONS = JsonBytes.name("contributions");
    private static final byte[] QUESTION_ID = JsonBytes.name("questionId");
    private static final byte[] POINTS = JsonBytes.name("points");
    private static final byte[] RISK = JsonBytes.name("risk");
    private static final byte[] WEIGHT = JsonBytes.name("weight");
    private static final byte[] KIND = JsonBytes.name("kind");
    private static final byte[] VALUE = JsonBytes.name("value");
    private static final byte[] TITLE = JsonBytes.name("title");
    private static final byte[] REFERENCE = JsonBytes.name("reference");
    private static final byte[] RATIONALE = JsonBytes.name("rationale");
    private static final byte[] TRIGGERED_BY = JsonBytes.name("triggeredBy");
    private static final byte[] EXPECTED_RISK_REDUCTION = JsonBytes.name("expectedRiskReduction");

    /** Room for a complete result of the published questionnaire (about 9 KB) without growing. */
    private static final int CAPACITY = 16 * 1024;

    private ScoreResultJson() {}

    static JsonBytes write(ScoreResult result) {
        JsonBytes out = new JsonBytes(CAPACITY);
        out.startObject();
        out.field(OVERALL_RISK).number(result.overallRisk());
        text(out, BAND, result.band());
        out.field(COMPLETENESS).number(result.completeness());
        text(out, QUESTIONNAIRE_VERSION, result.questionnaireVersion());
        array(out, DIMENSIONS, result.dimensions(), ScoreResultJson::write);
        array(out, OVERALL_TERMS, result.overallTerms(), ScoreResultJson::write);
        array(out, RECOMMENDATIONS, result.recommendations(), ScoreResultJson::write);
        text(out, NOTICE, result.notice());
        return out.endObject();
    }

    private static void write(JsonBytes out, DimensionScore dimension) {
        out.startObject();
        text(out, ID, dimension.id());
        out.field(SCORE).number(dimension.score());
        array(out, CONTRIBUTIONS, dimension.contributions(), ScoreResultJson::write);
        out.endObject();
    }

    private static void write(JsonBytes out, Contribution contribution) {
        out.startObject();
        text(out, QUESTION_ID, contribution.questionId());
        out.field(POINTS).number(contribution.points());
        out.field(RISK).number(contribution.risk());
        out.field(WEIGHT).number(contribution.weight());
        out.endObject();
    }

    private static void write(JsonBytes out, OverallTerm term) {
        out.startObject();
        text(out, ID, term.id());
        text(out, KIND, term.kind());
        out.field(WEIGHT).number(term.weight());
        out.field(VALUE).number(term.value());
        out.field(POINTS).number(term.points());
        out.endObject();
    }

    private static void write(JsonBytes out, Recommendation recommendation) {
        out.startObject();
        text(out, ID, recommendation.id());
        text(out, TITLE, recommendation.title());
        text(out, REFERENCE, recommendation.reference());
        text(out, RATIONALE, recommendation.rationale());
        array(out, TRIGGERED_BY, recommendation.triggeredBy(), JsonBytes::text);
        out.field(EXPECTED_RISK_REDUCTION).number(recommendation.expectedRiskReduction());
        out.endObject();
    }

    private static <T> void array(JsonBytes out, byte[] name, List<T> elements, BiConsumer<JsonBytes, T> writer) {
        out.field(name).startArray();
        for (T element : elements) {
            writer.accept(out, element);
        }
        out.endArray();
    }

    private static void text(JsonBytes out, byte[] name, String value) {
        if (value != null) {
            out.field(name).text(value);
        }
    }
}
