package io.airisk.common.http;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids in paths: a malformed one cannot name anything, so it is answered as an unknown one. */
public final class Ids {

    private Ids() {}

    /** The UUID the path gives, or the feature's own not-found failure when it is none. */
    public static UUID parse(String id, Supplier<? extends RuntimeException> notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound.get();
        }
    }
}
