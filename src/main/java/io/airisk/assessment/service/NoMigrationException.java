package io.airisk.assessment.service;

/** An assessment's version cannot move to the one asked: no version declares that move. 422. */
public final class NoMigrationException extends RuntimeException {

    public NoMigrationException(String from, String to) {
        super(
                "Questionnaire " + to + " declares no migration from " + from
                        + ": an assessment moves only along a migration a version declares",
                null,
                false,
                false);
    }
}
