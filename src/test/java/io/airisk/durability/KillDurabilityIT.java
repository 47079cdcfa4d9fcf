package io.airisk.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service on an H2 file, writes to it from several clients, kills it with
 * SIGKILL in the middle of the load, restarts it on the same file, and checks that every write
 * that was acknowledged with a 2xx is there.
 */
class KillDurabilityIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERS = "{\"llm.production_use\": \"core\", \"signals.owner\": \"nobody\"}";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void shouldKeepEveryAcknowledgedWriteAcrossAKillDashNine() throws Exception {
        assertThat(JAR).as("run ./mvnw package first").exists();
        Path data = Files.createTempDirectory("airisk-kill");
        int port = freePort();
        service = start(data, port);

        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> write(port, writer, running, acknowledged));
        }
        Instant deadline = Instant.now().plusSeconds(20);
        while (acknowledged.size() < 150 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        service.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL, with writes in flight
        running.set(false);
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.SECONDS);
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);

        service = start(data, port);
        int found = 0;
        for (Map.Entry<String, Boolean> write : acknowledged.entrySet()) {
            HttpResponse<String> response = send(port, "GET", "/api/v1/assessments/" + write.getKey(), null);
            assertThat(response.statusCode())
                    .as("acknowledged assessment " + write.getKey())
                    .isEqualTo(200);
            JsonNode assessment = JSON.readTree(response.body());
            assertThat(assessment.path("status").asText()).as(write.getKey()).isEqualTo("DRAFT");
            if (write.getValue()) {
                assertThat(assessment.path("answers").path("signals.owner").asText())
                        .as(write.getKey())
                        .isEqualTo("nobody");
            }
            found++;
        }
        System.out.printf(
                "kill -9 durability: %d acknowledged writes expected, %d found after restart%n",
                acknowledged.size(), found);
        assertThat(found).isEqualTo(acknowledged.size());
    }

    /**
     * Creates drafts and answers them, recording each acknowledged step (id to whether its answers
     * were acknowledged); every fifth draft is also submitted incomplete, which must change nothing.
     */
    private void write(int port, int writer, AtomicBoolean running, Map<String, Boolean> acknowledged) {
        int n = 0;
        while (running.get()) {
            try {
                String body = "{\"organization\": {\"name\": \"Kill test " + writer + "\"}}";
                HttpResponse<String> created = send(port, "POST", "/api/v1/assessments", body);
                if (created.statusCode() != 201) {
                    continue;
                }
                String id = JSON.readTree(created.body()).path("id").asText();
                acknowledged.put(id, false);
                if (send(port, "PATCH", "/api/v1/assessments/" + id + "/answers", ANSWERS)
                                .statusCode()
                        == 200) {
                    acknowledged.put(id, true);
                }
                if (++n % 5 == 0) {
                    send(port, "POST", "/api/v1/assessments/" + id + "/submit", null);
                }
            } catch (IOException | InterruptedException e) {
                return; // the service is gone
            }
        }
    }

    private Process start(Path data, int port) throws Exception {
        Process process = new ProcessBuilder(List.of(
                        javaExecutable(),
                        "-Xmx256m",
                        "-Dquarkus.http.port=" + port,
                        "-Dairisk.data-dir=" + data,
                        "-jar",
                        JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("service-" + System.nanoTime() + ".log").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(port, "GET", "/q/health/ready", null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready; see " + data);
    }

    private HttpResponse<String> send(int port, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
