package io.airisk.assessment.service;

/** A resolution of a question on which no respondents disagree: answered 409. */
public class NoDisagreementException extends RuntimeException {

    public NoDisagreementException(String questionId) {
        super(
                questionId + ": the respondents do not disagree on it; answer it as coordinator instead",
                null,
                false,
                false);
    }
}
