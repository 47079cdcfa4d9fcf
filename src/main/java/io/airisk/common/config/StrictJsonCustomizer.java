package io.airisk.common.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.airisk.scoring.engine.ScoreResult;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads JSON strictly: a string where a number belongs, a number where a string belongs, or a
 * duplicate key is an error the client hears about, not a value silently converted.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("short-decimals")
                .addSerializer(Double.class, new ShortDecimalSerializer())
                .addSerializer(double.class, new ShortDecimalSerializer()));
        mapper.addMixIn(ScoreResult.class, ResultTexts.class);
        mapper.addMixIn(ScoreResult.Recommendation.class, RecommendationTexts.class);
    }

    /** The result's notice comes from the definition: written from cache. */
    abstract static class ResultTexts {
        @JsonSerialize(using = FixedTextSerializer.class)
        abstract String notice();
    }

    /** A recommendation's title and rationale come from the definition: written from cache. */
    abstract static class RecommendationTexts {
        @JsonSerialize(using = FixedTextSerializer.class)
        abstract String title();

        @JsonSerialize(using = FixedTextSerializer.class)
        abstract String rationale();
    }
}
