package io.airisk.access.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Keys, tokens and their limits ({@code airisk.access.*}, or AIRISK_ACCESS_* in the environment). */
@ConfigMapping(prefix = "airisk.access")
public interface AccessConfig {

    /**
     * {@code airisk.access.bootstrap-admin-key} (AIRISK_BOOTSTRAP_ADMIN_KEY is read too): on the
     * first start, with no key yet, becomes the first tenant's ADMIN key; when unset, one is
     * generated and logged once.
     */
    Optional<String> bootstrapAdminKey();

    /**
     * {@code airisk.access.credential-cache}: how long a verified key or token is remembered
     * without asking the database. A key revoked on another instance is refused here within this
     * long; keep it under one second.
     */
    @WithDefault("PT0.5S")
    Duration credentialCache();

    /** Respondent tokens. */
    Tokens respondentTokens();

    /** Share tokens. */
    Tokens shareTokens();

    /** Request rate limits per key. */
    Limit keyRate();

    /** Request rate limits per respondent token: the tightest, for tokens used from the open internet. */
    Limit respondentRate();

    /** Request rate limits per share token. */
    Limit shareRate();

    /** Keys and tokens the database does not know, per client address: a limit on guessing. */
    Limit unknownKeyRate();

    /** The lifetime of the tokens of one kind. */
    interface Tokens {
        /** {@code ...default-ttl}: the lifetime of a token minted without one. */
        Duration defaultTtl();

        /** {@code ...max-ttl}: the longest lifetime a token may be given. */
        Duration maxTtl();
    }

    /** A token bucket: {@code burst} requests at once, refilled at {@code per-second}. */
    interface Limit {
        long burst();

        long perSecond();
    }
}
