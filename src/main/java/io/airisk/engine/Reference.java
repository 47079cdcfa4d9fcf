package io.airisk.engine;

/**
 * One of the article's recommendations, R1 to R8, in a line, so that a respondent or a board reads
 * what a bare code stands for.
 */
public record Reference(String id, String summary) {}
