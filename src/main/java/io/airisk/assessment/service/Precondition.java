package io.airisk.assessment.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@code If-Match} condition on an assessment's version, compared as RFC 9110 requires: a
 * strong comparison, so a weak tag ({@code W/"3"}) never matches. {@link #NONE} (no header)
 * and {@code *} match any version. Compared by the service with the version it has locked, not by
 * JAX-RS's {@code Request.evaluatePreconditions} before it: only under the lock is the version the
 * one the change applies to.
 */
public record Precondition(Set<String> versions) {

    public static final Precondition NONE = new Precondition(null);

    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E]*\"");

    /**
     * Reads the {@code If-Match} header lines: {@code *}, or entity tags separated by commas.
     *
     * @return {@code null} when a line is not of that form
     */
    public static Precondition ifMatch(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return NONE;
        }
        if (lines.size() == 1 && lines.get(0).trim().equals("*")) {
            return NONE;
        }
        Set<String> versions = new HashSet<>();
        for (String line : lines) {
            for (String tag : line.split(",", -1)) {
                String value = tag.trim();
                if (!ENTITY_TAG.matcher(value).matches()) {
                    return null;
                }
                if (!value.startsWith("W/")) {
                    versions.add(value.substring(1, value.length() - 1));
                }
            }
        }
        return new Precondition(Set.copyOf(versions));
    }

    public boolean matches(long version) {
        return versions == null || versions.contains(Long.toString(version));
    }
}
