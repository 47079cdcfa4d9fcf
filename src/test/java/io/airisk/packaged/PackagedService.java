package io.airisk.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.TestKeys;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app) run as a separate process with the production JVM
 * options, as an operator runs it,
 * for the tests that must kill, stop or duplicate it. The database is whatever the package was
 * built for: an H2 file in {@code dataDir}, or the PostgreSQL server named by the environment
 * (AIRISK_DB_URL...), which the child process inherits.
 */
final class PackagedService implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    /** The JVM options documented for production, as a java argument file. */
    static final Path PRODUCTION_OPTIONS = Path.of("src", "main", "jvm", "production.options");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final List<String> options;
    private Process process;

    private PackagedService(Path dataDir, int port, List<String> options) {
        this.dataDir = dataDir;
        this.port = port;
        this.log = dataDir.resolve("service-" + port + ".log");
        this.options = options;
    }

    /**
     * Starts the service on a free port and waits until it is ready.
     *
     * @param options further JVM options, such as {@code -Dkey=value} configuration
     */
    static PackagedService start(Path dataDir, String... options) throws Exception {
        PackagedService service = new PackagedService(dataDir, freePort(), List.of(options));
        service.restart();
        return service;
    }

    /** Whether the package was built for PostgreSQL (the {@code postgresql} build profile). */
    static boolean builtForPostgresql() {
        return "postgresql".equals(System.getProperty("quarkus.profile"));
    }

    static Path newDataDir(String name) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("run ./mvnw package first: " + JAR + " is missing");
        }
        return Files.createTempDirectory("airisk-" + name);
    }

    /** Starts the process again, on the same port and data, and waits until it is ready. */
    void restart() throws Exception {
        if (process != null && process.isAlive()) {
            // A second process could not bind the port, and the first would answer in its place.
            throw new IllegalStateException("the service still runs: kill() or terminate() it first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + PRODUCTION_OPTIONS,
                "-Dquarkus.http.port=" + port,
                "-Dairisk.data-dir=" + dataDir,
                "-Dairisk.access.bootstrap-admin-key=" + TestKeys.ADMIN,
                "-Dairisk.access.key-rate.burst=1000000",
                "-Dairisk.access.key-rate.per-second=1000000"));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send("GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready; see " + log);
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Kubernetes stops a pod; waits for the process to end and answers its exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the service did not stop within " + timeout);
        }
        return process.exitValue();
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, null);
    }

    HttpResponse<String> send(String method, String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        return sendAs(TestKeys.ADMIN, method, path, body, idempotencyKey);
    }

    /** Sends with that key or token instead of the tests' ADMIN key. */
    HttpResponse<String> sendAs(String key, String method, String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        return idempotencyKey == null
                ? sendWith(key, method, path, body)
                : sendWith(key, method, path, body, "Idempotency-Key", idempotencyKey);
    }

    /** Sends with that key or token and further headers, given as name, value, name, value... */
    HttpResponse<String> sendWith(String key, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return sendWithin(Duration.ofSeconds(30), key, method, path, body, headers);
    }

    /** Sends as {@link #sendWith}, and fails unless the whole answer arrives within {@code timeout}. */
    HttpResponse<String> sendWithin(
            Duration timeout, String key, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(TestKeys.AUTHORIZATION, TestKeys.bearer(key))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
