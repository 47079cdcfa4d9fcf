package io.airisk.engine;

/**
 * What is wrong with one answer.
 *
 * @param questionId the question answered, or {@code null} for the answers as a whole
 */
public record AnswerError(String questionId, String message) {}
