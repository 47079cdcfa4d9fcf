package io.airisk.engine;

/** How the interaction terms enter the overall index; a questionnaire version names its own. */
public enum Compounding {
    /**
     * Interaction terms {@code S_a * S_b / 100} averaged with the dimension scores, weights in one
     * denominator: {@code (sum(W_d * S_d) + sum(V_k * S_a * S_b / 100)) / (sum W_d + sum V_k)}.
     * Questionnaire v1's method, and the default.
     */
    WEIGHTED_TERMS,
    /**
     * The weighted mean {@code M} of the dimension scores, plus, for each interaction, a share
     * {@code V_k} of the headroom above it: {@code M + (100 - M) * sum(V_k * S_a * S_b / 10,000)},
     * with {@code sum V_k < 1}. Never below the weighted mean, and 100 only when it is.
     */
    HEADROOM
}
