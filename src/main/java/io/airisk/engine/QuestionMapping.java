package io.airisk.engine;

import java.util.Map;

/**
 * Where one question of a version takes its answer from in the version before.
 *
 * @param id the question of this version
 * @param from the question of the earlier version whose answer it takes
 * @param options each option id of {@code from} mapped to an option id of {@code id}, or to
 *     {@code null} where that answer does not say which option applies (the question must then be
 *     asked again); absent when both questions have the same option ids, or no options
 */
public record QuestionMapping(String id, String from, Map<String, String> options) {}
