package io.airisk.questionnaire.service;

/** One published questionnaire version, as listed by {@code GET /api/v1/questionnaires}. */
public record QuestionnaireSummary(String version, String title, boolean current) {}
