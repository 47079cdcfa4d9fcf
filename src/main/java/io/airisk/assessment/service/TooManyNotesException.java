package io.airisk.assessment.service;

/** A note past the most an assessment's answers may carry: answered 409, nothing changed. */
public class TooManyNotesException extends RuntimeException {

    public TooManyNotesException(int max) {
        super(
                "the assessment's answers carry " + max + " notes, the most they may: remove one first",
                null,
                false,
                false);
    }
}
