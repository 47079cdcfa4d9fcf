package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
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

    /** 100,000 unknown answer keys: under 1 MiB, and 7 MB of errors if they were all listed. */
    private static final String HUGE = IntStream.range(0, 100_000)
            .mapToObj(i -> "\"" + i + "\":1")
            .collect(Collectors.joining(",", "{\"answers\": {", "}}"));

    @Test
    void shouldKeepAnsweringAndLogNoErrorWhateverAClientSends() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("hostile"))) {
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        answers.add(clients.submit(() ->
                                service.send("POST", "/api/v1/scores", HUGE).statusCode()));
                    }
                    for (Future<Integer> answer : answers) {
                        assertThat(answer.get()).isEqualTo(400);
                    }
                }
            } finally {
                clients.shutdown();
            }
            String oversize = "{\"answers\": {\"x\": \"" + "a".repeat(1_100_000) + "\"}}";
            assertThat(raw(service, chunked("/api/v1/scores", oversize))).startsWith("HTTP/1.1 413");
            assertThat(raw(service, chunked("/api/v1/assessments", oversize))).startsWith("HTTP/1.1 413");
            assertThat(raw(
                            service,
                            "POST /api/v1/scores HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            assertThat(raw(
                            service,
                            "POST /api/v1/scores HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Transfer-Encoding: gzip\r\n\r\n{}"))
                    .startsWith("HTTP/1.1 501");
            assertThat(raw(
                            service,
                            "GET /api/v1/assessments?organization=" + "x".repeat(6_000)
                                    + " HTTP/1.1\r\nHost: x\r\n\r\n"))
                    .startsWith("HTTP/1.1 414");

            HttpResponse<String> score =
                    service.send("POST", "/api/v1/scores", "{\"answers\": {\"llm.production_use\": \"core\"}}");
            assertThat(score.statusCode()).isEqualTo(200);
            assertThat(service.send("GET", "/q/health/ready", null).statusCode())
                    .isEqualTo(200);
            assertThat(service.log()).doesNotContain("\"level\":\"ERROR\"").doesNotContain("OutOfMemoryError");
        }
    }

    private static String chunked(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int start = 0; start < bytes.length; start += 65_536) {
            int length = Math.min(65_536, bytes.length - start);
            request.append(Integer.toHexString(length))
                    .append("\r\n")
                    .append(new String(bytes, start, length, StandardCharsets.ISO_8859_1))
                    .append("\r\n");
        }
        return request.append("0\r\n\r\n").toString();
    }

    /** Sends the bytes as they are and answers the status line and what follows, as far as it came. */
    private static String raw(PackagedService service, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the service may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
        }
    }
}
