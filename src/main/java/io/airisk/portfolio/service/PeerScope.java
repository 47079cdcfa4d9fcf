package io.airisk.portfolio.service;

import java.util.Locale;
import java.util.Optional;

/** Where a peer group is drawn from. */
public enum PeerScope {
    /** The caller's tenant alone: at least 10 other organizations. */
    TENANT,
    /** Every tenant that takes part in peer benchmarks, the caller's included: at least 10 organizations of at least 3 tenants. */
    SHARED;

    /** The scope a query parameter names, ignoring case. */
    public static Optional<PeerScope> named(String name) {
        for (PeerScope scope : values()) {
            if (scope.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
