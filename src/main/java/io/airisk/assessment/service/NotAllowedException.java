package io.airisk.assessment.service;

/**
 * A request the caller's credential may make in general but not here: a token that answers for a
 * role submitting or reading a score, a key approving what it submitted. Answered 403 with the reason.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String reason) {
        super(reason, null, false, false);
    }
}
