package io.airisk.engine;

/** The overall index maps to the band with the highest {@code min} not above it. */
public record Band(RiskBand id, Double min) {}
