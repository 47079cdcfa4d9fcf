package io.airisk.assessment.service;

/** The change was based on another version of the assessment than the current one (If-Match). */
public final class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(long current) {
        super(
                "If-Match does not match the assessment's current version " + current + "; read it again",
                null,
                false,
                false);
    }
}
