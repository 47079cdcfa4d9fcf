package io.airisk.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.airisk.common.error.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Makes a POST safe to retry. A request sent with an {@code Idempotency-Key} runs in one
 * transaction with the storing of its response; a retry with the same key and the same request
 * gets that response again and changes nothing, the same key with another request gets 422.
 * When two requests with one key race, the database's primary key lets only one commit; the
 * other replays its response, or answers 409 while the first is still running.
 */
@ApplicationScoped
public class Idempotency {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    /** Marks a replayed response. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;
    private final IdempotencyConfig config;
    private final Clock clock;

    public Idempotency(IdempotencyRepository records, ObjectMapper mapper, IdempotencyConfig config, Clock clock) {
        this.records = records;
        this.mapper = mapper;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.config = config;
        this.clock = clock;
    }

    /**
     * The key a request carries, from all its {@value #HEADER} header lines: {@code null} when it
     * has none.
     *
     * @throws InvalidInputException when the header is empty, repeated, or not 1 to 255 visible
     *     ASCII characters
     */
    public static String key(HttpHeaders headers) throws InvalidInputException {
        List<String> lines = headers.getRequestHeader(HEADER);
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        if (lines.size() > 1 || !VALID_KEY.matcher(lines.get(0)).matches()) {
            throw new InvalidInputException(HEADER, "must be one value of 1 to 255 visible ASCII characters");
        }
        return lines.get(0);
    }

    /**
     * Runs the action once per key: the first time, or again after the key expired.
     *
     * @param scope whose keys these are: the tenant, so that tenants never share a key
     * @param clientKey the request's key, or {@code null} to simply run the action
     * @param request what identifies the request: method and path
     * @param body the request body, compared in canonical JSON form; may be {@code null}
     * @param action produces the response; it joins the transaction opened here
     */
    public Response run(UUID scope, String clientKey, String request, Object body, Supplier<Response> action)
            throws IdempotencyKeyReusedException, IdempotencyKeyInUseException {
        if (clientKey == null) {
            return action.get();
        }
        String key = scope + ":" + clientKey;
        String hash = hash(request, body);
        try {
            return QuarkusTransaction.requiringNew().call(() -> runOnce(key, hash, action));
        } catch (PersistenceException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // Lost a race with the same key: answer as a retry would.
            LOG.debugf(e, "Idempotency-Key %s stored concurrently", key);
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotencyRecord winner = records.findById(key);
                if (winner == null) {
                    throw new IdempotencyKeyInUseException();
                }
                return replay(winner, hash);
            });
        }
    }

    /** Forgets the responses about a resource, when it is deleted: a retry then runs anew. */
    public void forget(UUID resourceId) {
        records.delete("resourceId", resourceId);
    }

    private static boolean isDuplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Response runOnce(String key, String hash, Supplier<Response> action) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        IdempotencyRecord existing = records.findById(key);
        if (existing != null && existing.expiresAt.isAfter(now)) {
            return replay(existing, hash);
        }
        if (existing != null) {
            records.delete(existing);
            records.flush();
        }
        Response response = action.get();
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            return response;
        }
        IdempotencyRecord stored = new IdempotencyRecord();
        stored.key = key;
        stored.requestHash = hash;
        stored.status = response.getStatus();
        stored.location =
                response.getLocation() == null ? null : response.getLocation().toString();
        stored.etag =
                response.getEntityTag() == null ? null : response.getEntityTag().getValue();
        stored.body = write(response.getEntity());
        stored.resourceId = response.getEntity() instanceof Identified identified ? identified.id() : null;
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.ttl());
        records.persistAndFlush(stored);
        // The body as stored, so that the first answer and every replay are the same bytes.
        return Response.fromResponse(response)
                .entity(stored.body)
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    private Response replay(IdempotencyRecord stored, String hash) {
        if (!stored.requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        Response.ResponseBuilder builder = Response.status(stored.status)
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.body)
                .header(REPLAYED, "true");
        if (stored.location != null) {
            builder.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            builder.tag(stored.etag);
        }
        return builder.build();
    }

    /** Forgets expired keys. */
    @Scheduled(every = "${airisk.idempotency.purge-every}", delayed = "1m")
    void purgeExpired() {
        long purged = QuarkusTransaction.requiringNew().call(() -> records.delete("expiresAt <= ?1", clock.instant()));
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency keys", purged);
        }
    }

    private String hash(String request, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(body == null ? new byte[0] : canonical.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }

    private String write(Object entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }
}
