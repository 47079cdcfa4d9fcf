package io.airisk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on this machine, as a client would write one: it records what it is sent, and
 * answers each path with the statuses it is told to, then 204. It verifies signatures by the
 * Standard Webhooks rule, written here independently of the service's code.
 */
public final class Receiver implements AutoCloseable {

    /** One request received. */
    public record Received(String path, String id, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final java.util.Set<String> trickling = ConcurrentHashMap.newKeySet();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(
                    path,
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body));
            if (trickling.contains(path)) {
                // 200 at once, then a byte of body now and then, for longer than any timeout.
                exchange.sendResponseHeaders(200, 0);
                try (var out = exchange.getResponseBody()) {
                    for (int i = 0; i < 40; i++) {
                        out.write('.');
                        out.flush();
                        Thread.sleep(250);
                    }
                } catch (IOException | InterruptedException e) {
                    // the sender hung up: as it should
                }
                exchange.close();
                return;
            }
            int call = calls.computeIfAbsent(path, key -> new AtomicInteger()).getAndIncrement();
            List<Integer> statuses = scripted.getOrDefault(path, List.of());
            int status = call < statuses.size() ? statuses.get(call) : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL of a path of this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the first requests to the path with these statuses, then 204. */
    void answer(String path, Integer... statuses) {
        scripted.put(path, List.of(statuses));
    }

    /** Answers every request to the path with 200 and a body that takes ten seconds to arrive. */
    public void trickle(String path) {
        trickling.add(path);
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to 30 seconds for a request that matches, and answers it. */
    public Received await(Predicate<Received> matching) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Received each : received) {
                if (matching.test(each)) {
                    return each;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching delivery within 30 s; received " + received);
    }

    /** Whether a delivery's signature header holds a v1 signature of it by this secret. */
    public static boolean signedBy(Received delivery, String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
                                .getBytes(StandardCharsets.UTF_8)));
        for (String signature : delivery.signature().split(" ")) {
            if (signature.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
