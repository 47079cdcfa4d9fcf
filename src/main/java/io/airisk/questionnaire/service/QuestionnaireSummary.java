package io.airisk.questionnaire.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published questionnaire version, as listed by {@code GET /api/v1/questionnaires}.
 *
 * @param languages the languages its texts can be read in ({@code lang}), English first
 */
@Schema(requiredProperties = {"version", "title", "current", "languages"})
public record QuestionnaireSummary(
        String version,
        String title,
        boolean current,

        @Schema(
                description =
                        "The languages its texts can be read in (`lang`), English first; the scores are the same in each",
                example = "[\"en\", \"de\", \"fr\"]")
        List<String> languages) {}
