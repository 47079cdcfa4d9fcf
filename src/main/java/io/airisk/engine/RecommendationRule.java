package io.airisk.engine;

import java.util.List;

/**
 * A recommendation that fires when any of its triggers does.
 *
 * @param reference the article's recommendation it serves, {@code R1} to {@code R8}
 * @param triggers the answers that make it fire; the fired ones are moved to their lowest-risk
 *     answers to measure the expected risk reduction
 * @param target the state to reach, in words; optional
 * @param effort roughly what reaching it takes; optional
 * @param tradeOff its main cost or downside; optional
 */
public record RecommendationRule(
        String id,
        String reference,
        String title,
        String rationale,
        List<Trigger> triggers,
        String target,
        Effort effort,
        String tradeOff) {

    public RecommendationRule {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }
}
