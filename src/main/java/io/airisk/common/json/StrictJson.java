package io.airisk.common.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request bodies strictly and within bounds. A string where a number belongs, a number
 * where a string belongs, or a duplicate key is an error the client hears about, not a value
 * silently converted. A body holds at most {@value #MAX_TOKENS} JSON tokens and names of at most
 * {@value #MAX_NAME_LENGTH} characters, checked as it is parsed: the largest legitimate request
 * (every answer of a questionnaire, and the organization) has a few hundred, and no body can
 * make the service build more objects than that before it is refused.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final long MAX_TOKENS = 10_000;
    public static final int MAX_NAME_LENGTH = 1_000;

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
        mapper.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxTokenCount(MAX_TOKENS)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build());
    }

    /** The same strict reading, without the bounds meant for requests: for the service's own files. */
    public static ObjectMapper unbounded(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.defaults());
        return copy;
    }
}
