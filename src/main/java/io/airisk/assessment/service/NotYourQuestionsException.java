package io.airisk.assessment.service;

import io.airisk.common.error.FieldError;
import java.util.List;

/** A respondent token with a role tried to answer or note another role's questions: answered 403, naming each. */
public class NotYourQuestionsException extends RuntimeException {

    private final transient List<FieldError> questions;

    public NotYourQuestionsException(List<FieldError> questions) {
        super(
                questions.size() == 1
                        ? questions.get(0).field() + " " + questions.get(0).message()
                        : questions.size() + " questions are not this token's role's to answer",
                null,
                false,
                false);
        this.questions = List.copyOf(questions);
    }

    public List<FieldError> questions() {
        return questions;
    }
}
