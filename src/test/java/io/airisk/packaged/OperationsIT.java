package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches, on the packaged service in production mode: the health probes, the
 * Prometheus metrics with the domain ones after a submission, JSON log lines, and the trace id
 * that ties a problem answer to the log lines of the same request, and spans that leave the
 * service only for a collector it was given.
 */
class OperationsIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        // Spans would be sent at once, so that an export attempted without a collector shows in the log.
        service = PackagedService.start(
                PackagedService.newDataDir("operations"), "-Dquarkus.otel.bsp.schedule.delay=100ms");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void shouldAnswerEveryProbeWithoutAKey() throws Exception {
        for (String probe : List.of("/q/health/live", "/q/health/ready", "/q/health/started", "/q/health")) {
            Response answer = service.anonymous().send("GET", probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.<String>path("status")).as(probe).isEqualTo("UP");
        }
        JsonNode ready = Api.json(service.anonymous().send("GET", "/q/health/ready", null));
        assertThat(ready.toString()).contains("questionnaires");
    }

    @Test
    void shouldServeTheDomainMetricsOnceAnAssessmentIsSubmitted() throws Exception {
        String answers = Files.readString(Path.of("examples", "worked-example-answers.json"));
        Api admin = service.as(TestKeys.ADMIN);
        String id = admin.create("{\"organization\": {\"name\": \"Metrics Ltd\"}, \"answers\": " + answers + "}")
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(id).statusCode(200);
        admin.get("not-an-id").statusCode(404);

        Response metrics = service.anonymous().send("GET", "/q/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.asString())
                .contains("airisk_assessments_created_total{questionnaire=\"v3\"")
                .containsPattern("airisk_assessments_submitted_total\\{band=\"[A-Z_]+\",questionnaire=\"v3\"")
                .contains("airisk_scoring_duration_seconds_count{operation=\"submit\",questionnaire=\"v3\"")
                .contains("airisk_problems_total{status=\"404\",type=\"not-found\"}")
                .contains("http_server_requests_seconds_count")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldCarryTheTraceIdInProblemsAndLogLines() throws Exception {
        Response missing = service.as(TestKeys.ADMIN)
                .given()
                .header("traceparent", TRACEPARENT)
                .get("/api/v1/assessments/nope");
        assertThat(missing.<String>path("traceId")).isEqualTo(TRACE_ID);

        Response unkeyed = service.anonymous().send("GET", "/api/v1/assessments", null);
        assertThat(unkeyed.statusCode()).isEqualTo(401);
        assertThat(unkeyed.<String>path("traceId"))
                .as("a new trace id when the caller sends none")
                .matches("[0-9a-f]{32}")
                .isNotEqualTo(TRACE_ID);

        service.as(TestKeys.ADMIN)
                .given()
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"traced\", \"role\": \"VIEWER\"}")
                .post("/api/v1/keys")
                .then()
                .statusCode(201);

        List<JsonNode> lines = logLines();
        assertThat(lines)
                .filteredOn(line -> line.path("message").asText().startsWith("Audit: KEY_CREATED"))
                .anySatisfy(line -> {
                    assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(TRACE_ID);
                    assertThat(line.path("level").asText()).isEqualTo("INFO");
                });
    }

    @Test
    void shouldWriteOneJsonObjectPerLineAndExportNothingWithoutACollector() throws Exception {
        service.as(TestKeys.ADMIN).get("nope");
        Thread.sleep(1_000); // ten export periods
        List<JsonNode> lines = logLines();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("timestamp").asText()).isNotEmpty();
            assertThat(line.path("service").asText()).isEqualTo("airisk");
        });
        assertThat(lines)
                .as("no exporter tried to reach a collector")
                .noneMatch(line -> line.path("loggerName").asText().contains("opentelemetry"))
                .noneMatch(line -> line.path("level").asText().equals("ERROR"));
    }

    @Test
    void shouldSendSpansToACollectorOnceOneIsNamed() throws Exception {
        BlockingQueue<byte[]> exported = new LinkedBlockingQueue<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            exported.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try (PackagedService traced = PackagedService.start(
                PackagedService.newDataDir("traced"),
                "-Dquarkus.otel.exporter.otlp.traces.endpoint=http://127.0.0.1:"
                        + collector.getAddress().getPort(),
                "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                "-Dquarkus.otel.bsp.schedule.delay=100ms")) {
            traced.as(TestKeys.ADMIN).given().header("traceparent", TRACEPARENT).get("/api/v1/assessments/nope");

            byte[] spans = exported.poll(20, TimeUnit.SECONDS);
            assertThat(spans).as("spans sent to the collector").isNotNull();
            assertThat(HexFormat.of().formatHex(spans))
                    .as("the request's span, under the caller's trace id")
                    .contains(TRACE_ID);
        } finally {
            collector.stop(0);
        }
    }

    /** Every line of the service's output, each of which must be one JSON object. */
    private static List<JsonNode> logLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : service.log().split("\n")) {
            if (!line.isBlank()) {
                lines.add(PackagedService.JSON.readTree(line));
            }
        }
        return lines;
    }
}
