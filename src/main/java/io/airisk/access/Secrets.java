package io.airisk.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for keys and tokens: 192 random bits, URL-safe, after a prefix telling what they are
 * ({@code ark_} for a key). Only their SHA-256 is stored: a fast hash suffices for random secrets,
 * which no dictionary holds, where a password hash would cost every request milliseconds.
 */
public final class Secrets {

    /** How every generated API key begins. */
    public static final String KEY_PREFIX = "ark_";

    /** Characters of a secret shown in lists and the audit trail: its kind and a few random characters. */
    public static final int SHOWN = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new secret: the prefix and 32 characters carrying 192 random bits. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the secret, in hex: what the database holds. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The public beginning of a secret, which lists show so that people can tell their keys apart:
     * at most a third of it, so that a short key chosen by hand is not given away.
     */
    public static String shown(String secret) {
        return secret.substring(0, Math.min(SHOWN, secret.length() / 3));
    }
}
