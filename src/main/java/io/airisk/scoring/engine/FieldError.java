package io.airisk.scoring.engine;

/** A bad field of a request: its name (for answers, the question id) and what is wrong with it. */
public record FieldError(String field, String message) {}
