package io.airisk.assessment;

/**
 * How a score stands in a peer group, as the database counts it: among {@code count} peers (of
 * {@code tenants} tenants) with that score, {@code below} of them score lower, those equal
 * counting half.
 */
public record PeerCounts(String dimension, double below, long count, long tenants) {}
