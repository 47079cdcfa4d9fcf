package io.airisk.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoreResult.Contribution;
import io.airisk.scoring.engine.ScoreResult.DimensionScore;
import io.airisk.scoring.engine.ScoreResult.OverallTerm;
import io.airisk.scoring.engine.ScoreResult.Recommendation;
import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link ScoreResult} field by field, as Jackson's bean serialization would write it
 * (the same fields in the same order, {@code null} texts left out), without its reflection and
 * per-property lookups: serializing a result was a quarter of the time spent serving a score.
 * Numbers go through {@link ShortDecimalSerializer}, the definition's long texts through
 * {@link FixedTexts}. ScoreResultSerializerTest holds it to Jackson's own output, so a field
 * added to the result and not here fails that test.
 */
public final class ScoreResultSerializer extends StdSerializer<ScoreResult> {

    private static final SerializableString OVERALL_RISK = name("overallRisk");
    private static final SerializableString BAND = name("band");
    private static final SerializableString COMPLETENESS = name("completeness");
    private static final SerializableString QUESTIONNAIRE_VERSION = name("questionnaireVersion");
    private static final SerializableString DIMENSIONS = name("dimensions");
    private static final SerializableString OVERALL_TERMS = name("overallTerms");
    private static final SerializableString RECOMMENDATIONS = name("recommendations");
    private static final SerializableString NOTICE = name("notice");
    private static final SerializableString ID = name("id");
    private static final SerializableString SCORE = name("score");
    private static final SerializableString CONTRIBUTIONS = name("contributions");
    private static final SerializableString QUESTION_ID = name("questionId");
    private static final SerializableString POINTS = name("points");
    private static final SerializableString RISK = name("risk");
    private static final SerializableString WEIGHT = name("weight");
    private static final SerializableString KIND = name("kind");
    private static final SerializableString VALUE = name("value");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString REFERENCE = name("reference");
    private static final SerializableString RATIONALE = name("rationale");
    private static final SerializableString TRIGGERED_BY = name("triggeredBy");
    private static final SerializableString EXPECTED_RISK_REDUCTION = name("expectedRiskReduction");

    public ScoreResultSerializer() {
        super(ScoreResult.class);
    }

    @Override
    public void serialize(ScoreResult result, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject(result);
        number(out, OVERALL_RISK, result.overallRisk());
        text(out, BAND, result.band());
        number(out, COMPLETENESS, result.completeness());
        text(out, QUESTIONNAIRE_VERSION, result.questionnaireVersion());
        array(out, DIMENSIONS, result.dimensions(), ScoreResultSerializer::write);
        array(out, OVERALL_TERMS, result.overallTerms(), ScoreResultSerializer::write);
        array(out, RECOMMENDATIONS, result.recommendations(), ScoreResultSerializer::write);
        fixedText(out, NOTICE, result.notice());
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, DimensionScore dimension) throws IOException {
        out.writeStartObject();
        text(out, ID, dimension.id());
        number(out, SCORE, dimension.score());
        array(out, CONTRIBUTIONS, dimension.contributions(), ScoreResultSerializer::write);
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, Contribution contribution) throws IOException {
        out.writeStartObject();
        text(out, QUESTION_ID, contribution.questionId());
        number(out, POINTS, contribution.points());
        number(out, RISK, contribution.risk());
        number(out, WEIGHT, contribution.weight());
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, OverallTerm term) throws IOException {
        out.writeStartObject();
        text(out, ID, term.id());
        text(out, KIND, term.kind());
        number(out, WEIGHT, term.weight());
        number(out, VALUE, term.value());
        number(out, POINTS, term.points());
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, Recommendation recommendation) throws IOException {
        out.writeStartObject();
        text(out, ID, recommendation.id());
        fixedText(out, TITLE, recommendation.title());
        text(out, REFERENCE, recommendation.reference());
        fixedText(out, RATIONALE, recommendation.rationale());
        array(out, TRIGGERED_BY, recommendation.triggeredBy(), JsonGenerator::writeString);
        number(out, EXPECTED_RISK_REDUCTION, recommendation.expectedRiskReduction());
        out.writeEndObject();
    }

    /** Writes one element of an array. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator out, T element) throws IOException;
    }

    private static <T> void array(JsonGenerator out, SerializableString name, List<T> elements, ElementWriter<T> writer)
            throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (T element : elements) {
            writer.write(out, element);
        }
        out.writeEndArray();
    }

    private static void number(JsonGenerator out, SerializableString name, double value) throws IOException {
        out.writeFieldName(name);
        ShortDecimalSerializer.write(out, value);
    }

    private static void text(JsonGenerator out, SerializableString name, String value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            out.writeString(value);
        }
    }

    private static void fixedText(JsonGenerator out, SerializableString name, String value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            FixedTexts.write(out, value);
        }
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }
}
