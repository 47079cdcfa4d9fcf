package io.airisk.portfolio;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the portfolio and peer tests seed: tenants of their own, and submitted v3 assessments. */
final class Portfolios {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Portfolios() {}

    /**
     * Submits an assessment of that organization (created when new): v3's worked example with the
     * impact of a reasoning failure (1 to 5) as given, which moves the index. Answers it as read back.
     */
    static JsonNode submit(Api client, String organization, String industry, String size, int failureImpact) {
        Map<String, Object> answers = workedExample();
        answers.put("reasoning.failure_impact", failureImpact);
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("name", organization);
        named.put("industry", industry);
        named.put("size", size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", named);
        body.put("questionnaireVersion", "v3");
        body.put("answers", answers);
        String id = client.create(body).statusCode(201).extract().path("id");
        return Api.json(client.submit(id).statusCode(200).extract().response());
    }

    private static Map<String, Object> workedExample() {
        try {
            return JSON.readValue(
                    Path.of("examples", "worked-example-answers.json").toFile(),
                    new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
