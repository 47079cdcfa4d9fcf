package io.airisk.engine;

/**
 * What an organization aims at for its overall index or one dimension: a band to be in or under, or
 * an index to be at or under; one of the two.
 */
public record Target(RiskBand band, Double index) {}
