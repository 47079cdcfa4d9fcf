package io.airisk.common.error;

import io.airisk.scoring.engine.FieldError;
import java.util.List;

/** A failure that the API reports as problem details; thrown by services, mapped by {@link ProblemExceptionMapper}. */
public class ProblemException extends RuntimeException {

    private final ProblemType problemType;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType problemType, String detail, List<FieldError> errors) {
        super(detail);
        this.problemType = problemType;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public ProblemException(ProblemType problemType, String detail) {
        this(problemType, detail, null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.INVALID_INPUT, describe(errors), errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A one-line summary of field errors, for the problem's {@code detail}. */
    public static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are invalid: "
                + String.join(
                        ", ", errors.stream().map(FieldError::field).distinct().toList());
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(problemType.type(), problemType.title(), problemType.status(), getMessage(), errors);
    }
}
