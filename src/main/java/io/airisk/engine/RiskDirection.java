package io.airisk.engine;

/** Which end of a SCALE, NUMBER or BOOLEAN question is riskier. */
public enum RiskDirection {
    /** A higher value (for BOOLEAN: {@code true}) is riskier. */
    ASCENDING,
    /** A lower value (for BOOLEAN: {@code false}) is riskier. */
    DESCENDING
}
