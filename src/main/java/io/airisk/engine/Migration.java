package io.airisk.engine;

import java.util.List;

/**
 * How a version's questions take their answers from the version before it, so that an assessment
 * can move between them. A question of the new version not listed is new: it has no answer to
 * carry.
 *
 * @param from the version the answers come from
 */
public record Migration(String from, List<QuestionMapping> questions) {
    public Migration {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
