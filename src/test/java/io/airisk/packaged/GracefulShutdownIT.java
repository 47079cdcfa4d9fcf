package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under write load, as Kubernetes stops a pod: requests in flight complete, new ones are
 * refused, the process ends cleanly, and every acknowledged write is there after a restart.
 */
class GracefulShutdownIT {

    /**
     * A request the server refused without processing it: the connection was refused. (The requests
     * are HTTP/1.1, a connection each: there is no HTTP/2 GOAWAY to read.)
     */
    private static boolean refusal(IOException e) {
        return e instanceof ConnectException;
    }

    @Test
    void shouldFinishRequestsInFlightAndRefuseNewOnesOnSigterm() throws Exception {
        try (PackagedService service = PackagedService.start(PackagedService.newDataDir("sigterm"))) {
            Api admin = service.as(TestKeys.ADMIN);
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            List<String> unanswered = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        String organization = "SIGTERM test " + UUID.randomUUID();
                        try {
                            Response response = admin.send(
                                    "POST",
                                    "/api/v1/assessments",
                                    "{\"organization\": {\"name\": \"" + organization + "\"}}");
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                    .incrementAndGet();
                            if (response.statusCode() == 201) {
                                acknowledged.add(response.path("id"));
                            }
                        } catch (Exception e) { // REST Assured throws the client's IOException undeclared
                            if (!(e instanceof IOException failure)) {
                                throw e;
                            }
                            if (refusal(failure)) {
                                refused.incrementAndGet();
                            } else {
                                unanswered.add(organization);
                            }
                        }
                    }
                });
            }
            Instant deadline = Instant.now().plusSeconds(20);
            while (acknowledged.size() < 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            int exitCode = service.terminate(Duration.ofSeconds(40));
            Thread.sleep(300); // clients keep trying: new requests must now be refused
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.SECONDS);
            String log = service.log();

            service.restart();
            int found = 0;
            for (String id : acknowledged) {
                found += admin.get(id).extract().statusCode() == 200 ? 1 : 0;
            }
            // A request whose connection closed without an answer must not have been processed:
            // it met a connection the server was closing, which is a refusal the client may retry.
            int processedButCut = 0;
            for (String organization : unanswered) {
                processedButCut += admin.count(organization);
            }
            System.out.printf(
                    "VERDICT SIGTERM: exit code %d; responses by status %s; %d requests refused, %d closed unanswered"
                            + " of which %d processed; %d acknowledged writes expected, %d found after restart%n",
                    exitCode, statuses, refused.get(), unanswered.size(), processedButCut, acknowledged.size(), found);
            assertThat(log).contains("stopped in");
            assertThat(statuses.keySet()).allMatch(status -> status == 201 || status == 503);
            assertThat(refused.get()).as("new requests refused after the stop").isPositive();
            assertThat(processedButCut)
                    .as("requests processed but cut before their answer")
                    .isZero();
            assertThat(found).isEqualTo(acknowledged.size());
        }
    }
}
