package io.airisk.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** The responses kept for {@link Idempotency}, each stored in the transaction of its request. */
@ApplicationScoped
public class StoredResponses {

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;
    private final IdempotencyConfig config;
    private final Clock clock;

    public StoredResponses(IdempotencyRepository records, ObjectMapper mapper, IdempotencyConfig config, Clock clock) {
        this.records = records;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The stored response to that key, or else the action's, stored with it when it succeeds: in a
     * transaction of its own, which the action joins.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Response runOnce(String key, String hash, Supplier<Response> action) {
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

    /** The response another request stored with that key, which must have been the same request. */
    @Transactional(TxType.REQUIRES_NEW)
    public Response replayStored(String key, String hash) {
        IdempotencyRecord winner = records.findById(key);
        if (winner == null) {
            throw new IdempotencyKeyInUseException();
        }
        return replay(winner, hash);
    }

    private Response replay(IdempotencyRecord stored, String hash) {
        if (!stored.requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        Response.ResponseBuilder builder = Response.status(stored.status)
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.body)
                .header(Idempotency.REPLAYED, "true");
        if (stored.location != null) {
            builder.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            builder.tag(stored.etag);
        }
        return builder.build();
    }

    private String write(Object entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }
}
