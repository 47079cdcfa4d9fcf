package io.airisk.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.airisk.common.error.InvalidInputException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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
    private final StoredResponses responses;
    private final ObjectMapper canonical;
    private final Clock clock;

    public Idempotency(IdempotencyRepository records, StoredResponses responses, ObjectMapper mapper, Clock clock) {
        this.records = records;
        this.responses = responses;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
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
            return responses.runOnce(key, hash, action);
        } catch (PersistenceException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // Lost a race with the same key: answer as a retry would.
            LOG.debugf(e, "Idempotency-Key %s stored concurrently", key);
            return responses.replayStored(key, hash);
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

    /** Forgets expired keys. */
    @Scheduled(every = "${airisk.idempotency.purge-every}", delayed = "1m")
    @Transactional
    void purgeExpired() {
        long purged = records.delete("expiresAt <= ?1", clock.instant());
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
}
