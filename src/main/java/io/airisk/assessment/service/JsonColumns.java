package io.airisk.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.scoring.engine.Answer;
import io.airisk.scoring.engine.ScoreResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes and reads the JSON text columns of an assessment. */
@ApplicationScoped
public class JsonColumns {

    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String writeAnswers(Map<String, Answer> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        answers.forEach((questionId, answer) -> json.put(questionId, answer.toJson()));
        return write(json);
    }

    public Map<String, Object> readAnswers(String json) {
        try {
            return mapper.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers cannot be read", e);
        }
    }

    public String writeResult(ScoreResult result) {
        return write(result);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write stored JSON", e);
        }
    }
}
