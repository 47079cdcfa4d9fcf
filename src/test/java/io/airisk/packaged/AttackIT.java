package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.RawHttp;
import io.airisk.TestKeys;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the packaged service under its production options (a 64 MB heap), each as it was first
 * found to stop the service or to answer wrongly. After each, the service answers a normal request
 * within a second, has logged no ERROR and no OutOfMemoryError, and changed nothing it refused.
 */
class AttackIT {

    /** A normal request must be answered this soon after an attack, while the attack's connections stay open. */
    private static final Duration PROMPT = Duration.ofSeconds(1);

    @Test
    void shouldServeOthersWhileSixtyFourKeylessChunkedBodiesStall() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-stall"))) {
            long before = total(service);
            List<RawHttp> attackers = new ArrayList<>();
            ExecutorService senders = Executors.newFixedThreadPool(64);
            try {
                for (int i = 0; i < 64; i++) {
                    RawHttp attacker = new RawHttp(service.port(), Duration.ofSeconds(1));
                    attackers.add(attacker);
                    senders.submit(() -> {
                        // A mebibyte less a little in 16 chunks, without a key, then nothing more: the body
                        // never ends.
                        attacker.send(RawHttp.chunkedHead("/api/v1/assessments"));
                        for (int chunk = 0; chunk < 16; chunk++) {
                            attacker.send(RawHttp.chunk(65_000, 'a'));
                        }
                        return null;
                    });
                }
                senders.shutdown();
                senders.awaitTermination(20, TimeUnit.SECONDS); // a sender the service no longer reads stays blocked

                assertServesPromptly(service);
            } finally {
                for (RawHttp attacker : attackers) {
                    attacker.close();
                }
                senders.shutdownNow();
            }
            assertThat(total(service)).isEqualTo(before);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldServeOthersWhileClientsPipelineRequestsWithoutReadingAnswers() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-pipeline"))) {
            String viewer = key(service, TestKeys.ADMIN, "VIEWER");
            List<String> floods = List.of(
                    "GET /api/v1/assessments?size=100 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + viewer
                            + "\r\n\r\n",
                    "GET /api/v1/tenant HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET / HTTP/1.1\r\n\r\n");
            List<RawHttp> attackers = new ArrayList<>();
            ExecutorService senders = Executors.newFixedThreadPool(12);
            try {
                for (int i = 0; i < 12; i++) {
                    RawHttp attacker = new RawHttp(service.port(), Duration.ofSeconds(1));
                    attackers.add(attacker);
                    // 100,000 requests sent at once, no answer read: 10 MB of requests on one connection.
                    String requests = floods.get(i % floods.size()).repeat(1_000);
                    senders.submit(() -> {
                        for (int batch = 0; batch < 100; batch++) {
                            attacker.send(requests);
                        }
                        return null;
                    });
                }
                senders.shutdown();
                senders.awaitTermination(20, TimeUnit.SECONDS);

                assertServesPromptly(service);
            } finally {
                for (RawHttp attacker : attackers) {
                    attacker.close();
                }
                senders.shutdownNow();
            }
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldServeOthersWhileAViewerStallsBodiesBehindThousandsOfTinyHeaders() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-headers"))) {
            String viewer = key(service, TestKeys.ADMIN, "VIEWER");
            // 1,300 fields of 6 bytes fit the 8 KiB the headers may take, and would hold a quarter of a
            // megabyte of heap each while their bodies stall: such requests are refused for their fields.
            // Beside them, 24 with 47 long fields each, as large as a request may be, stall too.
            String tiny = "a: b\r\n".repeat(1_300);
            String longFields = ("X-Pad: " + "p".repeat(150) + "\r\n").repeat(47);
            List<RawHttp> attackers = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 120; i++) {
                    RawHttp attacker = new RawHttp(service.port(), Duration.ofSeconds(5));
                    attackers.add(attacker);
                    attacker.sendQuietly(RawHttp.chunkedHead(
                                    "/api/v1/scores",
                                    "Authorization: Bearer " + viewer + "\r\n"
                                            + (i % 5 == 0 ? longFields : tiny).strip())
                            .getBytes(StandardCharsets.ISO_8859_1));
                    attacker.sendQuietly(RawHttp.chunk(10, ' '));
                }
                assertServesPromptly(service);
                for (int i = 0; i < 120; i++) {
                    if (i % 5 != 0) {
                        answers.add(attackers.get(i).answer());
                    }
                }
            } finally {
                for (RawHttp attacker : attackers) {
                    attacker.close();
                }
            }
            assertThat(answers)
                    .allSatisfy(answer -> assertThat(answer)
                            .startsWith("HTTP/1.1 431")
                            .contains("urn:airisk:problem:headers-too-large"));
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldServeOthersWhileViewersAndEditorsSendLongStrings() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-strings"))) {
            String viewer = key(service, TestKeys.ADMIN, "VIEWER");
            String editor = key(service, TestKeys.ADMIN, "EDITOR");
            long before = total(service);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(64);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<?>> sent = new ArrayList<>();
                    for (int i = 0; i < 32; i++) {
                        // Half a mebibyte-long string, half one that fits any body limit but no field of the API.
                        String value = "a".repeat(i % 2 == 0 ? 1_048_000 : 60_000);
                        sent.add(clients.submit(() -> count(
                                statuses,
                                service.as(viewer)
                                        .score("{\"answers\": {\"llm.production_use\": \"" + value + "\"}}")
                                        .extract()
                                        .response())));
                        sent.add(clients.submit(() -> count(
                                statuses,
                                service.as(editor)
                                        .create("{\"organization\": {\"name\": \"" + value + "\"}}")
                                        .extract()
                                        .response())));
                    }
                    for (Future<?> request : sent) {
                        try {
                            request.get(60, TimeUnit.SECONDS);
                        } catch (java.util.concurrent.ExecutionException e) {
                            count(statuses, null); // the connection closed: counted apart
                        }
                    }
                }
            } finally {
                clients.shutdownNow();
            }

            assertServesPromptly(service);
            assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(0, 400, 413);
            assertThat(statuses.getOrDefault(400, new AtomicInteger()).get())
                    .as("long strings within the body limit are refused while parsing: %s", statuses)
                    .isEqualTo(96);
            assertThat(total(service)).isEqualTo(before);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldAnswerARequestWithoutHostWithAProblemAndNoError() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-host"))) {
            for (String request : List.of(
                    "GET /api/v1/tenant HTTP/1.1\r\nAuthorization: Bearer " + TestKeys.ADMIN + "\r\n\r\n",
                    "GET /q/health/live HTTP/1.1\r\n\r\n",
                    "GET /api/v1/tenant HTTP/1.1\r\nHost: a b\r\n\r\n")) {
                String answer = RawHttp.exchange(service.port(), request);

                assertThat(answer).as(request).startsWith("HTTP/1.1 400");
                assertThat(answer.toLowerCase(java.util.Locale.ROOT))
                        .as(request)
                        .contains("content-type: application/problem+json")
                        .doesNotContain("stack")
                        .doesNotContain("internal server error")
                        .contains("\"field\":\"host\"");
            }
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldRefuseEveryKindOfInvalidUtf8AndStoreNothing() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-utf8"))) {
            long before = total(service);
            for (String invalid : List.of(
                    "c0bc", // '<' in two bytes
                    "c0af", // '/' in two bytes
                    "c1bf", // overlong two-byte form of U+007F
                    "e080bc", // '<' in three bytes
                    "f08080bc", // '<' in four bytes
                    "eda080", // a surrogate, U+D800
                    "f4908080", // past U+10FFFF
                    "f888808080", // a five-byte form
                    "80", // a continuation byte alone
                    "e282")) { // a sequence cut short
                byte[] body = join(
                        "{\"organization\": {\"name\": \"A".getBytes(StandardCharsets.UTF_8),
                        HexFormat.of().parseHex(invalid),
                        "B\"}}".getBytes(StandardCharsets.UTF_8));
                String answer = RawHttp.exchange(
                        service.port(),
                        RawHttp.withLength(
                                "POST",
                                "/api/v1/assessments",
                                body,
                                "Authorization: Bearer " + TestKeys.ADMIN,
                                "Content-Type: application/json"));

                assertThat(answer).as(invalid).startsWith("HTTP/1.1 400").contains("\"field\":\"body\"");
            }
            assertThat(total(service)).isEqualTo(before);
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldTakeARoleOnlyByOneOfItsThreeNames() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-roles"))) {
            Api admin = service.as(TestKeys.ADMIN);
            int keys = admin.expect(200, "GET", "/api/v1/keys", null).size();
            for (String role :
                    List.of("2", "\"2\"", "\"ADMIN \"", "\" ADMIN\"", "\"admin\"", "1.0", "true", "[\"ADMIN\"]")) {
                Response answer = admin.send("POST", "/api/v1/keys", "{\"name\": \"Numeric\", \"role\": " + role + "}");

                assertThat(answer.statusCode()).as(role).isEqualTo(400);
                assertThat(Api.json(answer).path("errors").toString()).as(role).contains("\"field\":\"role\"");
            }
            assertThat(admin.expect(200, "GET", "/api/v1/keys", null).size()).isEqualTo(keys);
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldServeAValidKeyWhileItsAddressGuessesKeys() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-guess"))) {
            String otherAdmin = service.as(TestKeys.ADMIN)
                    .expect(201, "POST", "/api/v1/tenants", "{\"name\": \"Other\"}")
                    .path("adminKey")
                    .asText();
            String viewer = key(service, otherAdmin, "VIEWER");
            assertThat(service.as(viewer).send("GET", "/api/v1/tenant", null).statusCode())
                    .isEqualTo(200);

            AtomicBoolean guessing = new AtomicBoolean(true);
            Map<Integer, AtomicInteger> guesses = new ConcurrentHashMap<>();
            ExecutorService guesser = Executors.newSingleThreadExecutor();
            Future<?> flood = guesser.submit(() -> {
                while (guessing.get()) { // ten guesses a second, from the same address as the valid key
                    count(guesses, service.as("ark_" + UUID.randomUUID()).send("GET", "/api/v1/tenant", null));
                    Thread.sleep(100);
                }
                return null;
            });
            Map<Integer, AtomicInteger> served = new ConcurrentHashMap<>();
            try {
                Thread.sleep(2_500); // the address is past its burst of unknown keys
                for (int i = 0; i < 24; i++) {
                    count(served, service.as(viewer).send("GET", "/api/v1/tenant", null));
                    Thread.sleep(250);
                }
            } finally {
                guessing.set(false);
                flood.get(10, TimeUnit.SECONDS);
                guesser.shutdownNow();
            }

            assertThat(guesses.keySet()).as("the guesses: %s", guesses).contains(429);
            assertThat(served.keySet()).as("the valid key: %s", served).containsOnly(200);
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    @Test
    void shouldCloseSilentConnectionsAndStalledBodies() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("attack-silent"))) {
            long before = total(service);
            Duration patience = Duration.ofSeconds(45);
            try (RawHttp halfHeaders = new RawHttp(service.port(), patience);
                    RawHttp idle = new RawHttp(service.port(), patience);
                    RawHttp stalledBody = new RawHttp(service.port(), patience)) {
                halfHeaders.send("GET /api/v1/tenant HTTP/1.1\r\nHost: localhost\r\nX-Half: ");
                idle.send("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
                stalledBody.send(RawHttp.chunkedHead("/api/v1/assessments", "Authorization: Bearer " + TestKeys.ADMIN));
                stalledBody.send(RawHttp.chunk(1_000, ' '));

                String stalled = stalledBody.answer();
                assertThat(stalled).startsWith("HTTP/1.1 408").contains("urn:airisk:problem:body-timeout");
                assertThat(stalledBody.closedByService()).isTrue();
                assertThat(halfHeaders.closedByService())
                        .as("half-sent headers")
                        .isTrue();
                assertThat(idle.closedByService()).as("an idle connection").isTrue();
            }
            assertThat(total(service)).isEqualTo(before);
            assertServesPromptly(service);
            assertNoErrorLogged(service);
        }
    }

    private static void assertServesPromptly(PackagedService service) {
        assertThat(service.alive()).as("the service still runs").isTrue();
        Response tenant = service.as(TestKeys.ADMIN).within(PROMPT).send("GET", "/api/v1/tenant", null);
        assertThat(tenant.statusCode()).isEqualTo(200);
        assertThat(tenant.timeIn(TimeUnit.MILLISECONDS))
                .as("answered within %s", PROMPT)
                .isLessThanOrEqualTo(PROMPT.toMillis());
    }

    private static void assertNoErrorLogged(PackagedService service) throws IOException {
        assertThat(service.log()).doesNotContain("\"level\":\"ERROR\"").doesNotContain("OutOfMemoryError");
    }

    /** The tenant's assessments. */
    private static long total(PackagedService service) {
        return service.as(TestKeys.ADMIN).total();
    }

    private static String key(PackagedService service, String admin, String role) {
        return service.as(admin)
                .expect(201, "POST", "/api/v1/keys", "{\"name\": \"" + role + "\", \"role\": \"" + role + "\"}")
                .path("key")
                .asText();
    }

    /** Counts the answer's status, or 0 for a request that got no answer. */
    private static Void count(Map<Integer, AtomicInteger> statuses, Response answer) {
        statuses.computeIfAbsent(answer == null ? 0 : answer.statusCode(), status -> new AtomicInteger())
                .incrementAndGet();
        return null;
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
