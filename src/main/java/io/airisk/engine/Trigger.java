package io.airisk.engine;

/** Fires its rule when the question is visible, answered, and its answer's risk is at least {@code minRisk}. */
public record Trigger(String questionId, Double minRisk) {}
