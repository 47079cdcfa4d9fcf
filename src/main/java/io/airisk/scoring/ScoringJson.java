package io.airisk.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Answer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Lets Jackson write the engine's typed answers as the plain JSON values clients send (an option
 * id, a list of them, a number, a boolean), through a mix-in, since the engine carries no Jackson
 * annotation of its own.
 */
@Singleton
public class ScoringJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Answer.class, AnswerAsJson.class);
    }

    interface AnswerAsJson {
        @JsonValue
        Object toJson();
    }
}
