package io.airisk.scoring.engine;

import java.util.List;

/** Answers that do not fit the questionnaire; names every bad question id. */
public final class InvalidAnswersException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidAnswersException(List<FieldError> errors) {
        super(
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " answers are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
