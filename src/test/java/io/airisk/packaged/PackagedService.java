package io.airisk.packaged;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
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
 * (AIRISK_DB_URL...), which the child process inherits. Requests to it go through {@link Api},
 * as to the service of any other test: {@link #as} and {@link #anonymous}.
 */
final class PackagedService implements AutoCloseable {

    /** Reads what the tests read besides answers: example files, log lines. */
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    /** The JVM options documented for production, as a java argument file. */
    static final Path PRODUCTION_OPTIONS = Path.of("src", "main", "jvm", "production.options");

    private final Path dataDir;
    private final int port;
    private final Path log;
    private List<String> options;
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
            if (ready()) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready; see " + log);
    }

    /** Starts the process again, as {@link #restart()}, with these JVM options instead of the first. */
    void restart(String... newOptions) throws Exception {
        options = List.of(newOptions);
        restart();
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

    /** Requests to this process that send that key or token. */
    Api as(String key) {
        return Api.as(key).at(base());
    }

    /** Requests to this process without a credential. */
    Api anonymous() {
        return Api.anonymous().at(base());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Whether the readiness probe answers 200, asked without a key as Kubernetes asks it. */
    private boolean ready() {
        try {
            return anonymous().given().get("/q/health/ready").statusCode() == 200;
        } catch (Exception e) { // REST Assured throws the client's IOException undeclared
            if (e instanceof IOException) {
                return false; // not listening yet
            }
            throw e;
        }
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
