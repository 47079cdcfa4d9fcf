package io.airisk.engine;

/**
 * A risk dimension, scored 0 (none) to 100 (maximal).
 *
 * @param weight the dimension's weight in the overall index; positive
 */
public record Dimension(String id, String name, String description, Double weight) {}
