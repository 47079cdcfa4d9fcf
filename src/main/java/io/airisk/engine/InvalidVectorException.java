package io.airisk.engine;

import java.util.List;

/** An answer vector that is not written as {@link AnswerVector} says; names every bad part. */
public final class InvalidVectorException extends RuntimeException {

    private final transient List<String> faults;

    public InvalidVectorException(List<String> faults) {
        super(
                faults.size() == 1 ? faults.get(0) : faults.size() + " parts of the vector are invalid",
                null,
                false,
                false);
        this.faults = List.copyOf(faults);
    }

    public List<String> faults() {
        return faults;
    }
}
