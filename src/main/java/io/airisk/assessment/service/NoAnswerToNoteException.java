package io.airisk.assessment.service;

import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import java.util.List;

/** A note on a question the caller has given no answer to: answered 400, naming each. */
public class NoAnswerToNoteException extends InvalidInputException {

    public NoAnswerToNoteException(List<FieldError> questions) {
        super(questions);
    }
}
