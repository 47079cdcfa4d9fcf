package io.airisk.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads request bodies strictly and within bounds. A string where a number belongs, a number
 * where a string belongs, a number or a padded name where an enum's name belongs, or a duplicate
 * key is an error the client hears about, not a value silently converted. The bounds are checked
 * while the body is parsed, so no body can make the service build more than they allow before it
 * is refused: at most {@value #MAX_TOKENS} JSON tokens (the largest legitimate request, every
 * answer of a questionnaire and the organization, has a few hundred), names of at most
 * {@value #MAX_NAME_LENGTH} characters, strings of at most {@value #MAX_STRING_LENGTH} (the
 * longest string the API accepts is a name of 200 characters, up to 400 UTF-16 units; a test keeps
 * every text field under this bound), nested at most {@value #MAX_DEPTH} deep.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final long MAX_TOKENS = 10_000;
    public static final int MAX_NAME_LENGTH = 1_000;
    public static final int MAX_STRING_LENGTH = 1_000;
    public static final int MAX_DEPTH = 16;

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
        // 1 and 0 are no booleans: {"reviewRequired": 1} is refused, not read as true.
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        mapper.registerModule(new SimpleModule("exact-enum-names").setDeserializerModifier(new ExactEnumNames()));
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxTokenCount(MAX_TOKENS)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_DEPTH)
                        .build());
    }

    /** The same strict reading, without the bounds meant for requests: for the service's own files and rows. */
    public static ObjectMapper unbounded(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.defaults());
        return copy;
    }

    /**
     * An enum is read from its exact name. Jackson trims the text first, so that {@code "ADMIN "}
     * would name {@code ADMIN}; here it is an invalid value, as any other name that is not one.
     */
    private static final class ExactEnumNames extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ExactEnumName(deserializer);
        }
    }

    private static final class ExactEnumName extends DelegatingDeserializer {

        ExactEnumName(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumName(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.trim())) {
                    return context.handleWeirdStringValue(handledType(), text, "not exactly one of the names");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
