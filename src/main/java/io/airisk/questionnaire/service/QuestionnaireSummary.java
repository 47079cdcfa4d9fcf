package io.airisk.questionnaire.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published questionnaire version, as listed by {@code GET /api/v1/questionnaires}. */
@Schema(requiredProperties = {"version", "title", "current"})
public record QuestionnaireSummary(String version, String title, boolean current) {}
