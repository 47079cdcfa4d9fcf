package io.airisk.engine;

import java.util.List;

/** Answers that do not fit the questionnaire; names every bad question id. */
public final class InvalidAnswersException extends RuntimeException {

    private final transient List<AnswerError> errors;

    public InvalidAnswersException(List<AnswerError> errors) {
        super(
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " answers are invalid",
                null,
                false,
                false);
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }
}
