package io.airisk.assessment.service;

import java.util.HashSet;
import java.util.Set;

/**
 * An {@code If-Match} condition on an assessment's version. {@link #NONE} (no header, or
 * {@code *}) matches any version.
 */
public record Precondition(Set<String> versions) {

    public static final Precondition NONE = new Precondition(null);

    /**
     * Reads an {@code If-Match} header: a comma-separated list of entity tags, strong
     * ({@code "3"}) or weak ({@code W/"3"}), or {@code *}.
     */
    public static Precondition ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return NONE;
        }
        Set<String> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            versions.add(value);
        }
        return new Precondition(Set.copyOf(versions));
    }

    public boolean matches(long version) {
        return versions == null || versions.contains(Long.toString(version));
    }
}
