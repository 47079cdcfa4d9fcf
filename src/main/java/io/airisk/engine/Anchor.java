package io.airisk.engine;

/**
 * The meaning of one point of a SCALE, so that respondents read the scale alike.
 *
 * @param value an integer between the scale's {@code min} and {@code max}
 */
public record Anchor(Integer value, String label) {}
