package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.RawHttp;
import io.airisk.TestKeys;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A hostile client against the packaged service with its production options (a 64 MB heap):
 * many bodies at once that would make it build huge answers, and framing the HTTP layer refuses.
 * Afterwards the service still answers everyone, and its log holds no ERROR: every one of those
 * was the client's fault.
 */
class HostileClientIT {

    /** 5,000 unknown answer keys: within the body limit, and 350 KB of errors if they were all listed. */
    private static final String HUGE = IntStream.range(0, 5_000)
            .mapToObj(i -> "\"" + i + "\":1")
            .collect(Collectors.joining(",", "{\"answers\": {", "}}"));

    @Test
    void shouldKeepAnsweringAndLogNoErrorWhateverAClientSends() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("hostile"))) {
            Api admin = service.as(TestKeys.ADMIN);
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        answers.add(clients.submit(
                                () -> admin.send("POST", "/api/v1/scores", HUGE).statusCode()));
                    }
                    for (Future<Integer> answer : answers) {
                        assertThat(answer.get()).isEqualTo(400);
                    }
                }
            } finally {
                clients.shutdown();
            }
            String key = "Authorization: Bearer " + TestKeys.ADMIN;
            byte[] oversize =
                    ("{\"answers\": {\"x\": \"" + "a".repeat(1_100_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
            assertThat(RawHttp.exchange(service.port(), RawHttp.chunked("/api/v1/scores", oversize, key)))
                    .startsWith("HTTP/1.1 413");
            assertThat(RawHttp.exchange(service.port(), RawHttp.chunked("/api/v1/assessments", oversize, key)))
                    .startsWith("HTTP/1.1 413");
            assertThat(RawHttp.exchange(
                            service.port(),
                            "POST /api/v1/scores HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + key
                                    + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            assertThat(RawHttp.exchange(
                            service.port(),
                            "POST /api/v1/scores HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Transfer-Encoding: gzip\r\n\r\n{}"))
                    .startsWith("HTTP/1.1 501");
            assertThat(RawHttp.exchange(
                            service.port(),
                            "GET /api/v1/assessments?organization=" + "x".repeat(6_000)
                                    + " HTTP/1.1\r\nHost: x\r\n\r\n"))
                    .startsWith("HTTP/1.1 414");

            Response score = admin.send("POST", "/api/v1/scores", "{\"answers\": {\"llm.production_use\": \"core\"}}");
            assertThat(score.statusCode()).isEqualTo(200);
            assertThat(service.anonymous().send("GET", "/q/health/ready", null).statusCode())
                    .isEqualTo(200);
            assertThat(service.log()).doesNotContain("\"level\":\"ERROR\"").doesNotContain("OutOfMemoryError");
        }
    }
}
