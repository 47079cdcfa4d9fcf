package io.airisk.engine;

/** The bands an overall index falls in, from the least to the most exposed. */
public enum RiskBand {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
