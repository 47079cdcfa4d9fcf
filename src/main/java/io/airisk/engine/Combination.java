package io.airisk.engine;

/** How the risks of the options chosen in one MULTI_CHOICE answer make the answer's risk. */
public enum Combination {
    /**
     * {@code 1 - prod(1 - r_i)}: each option an independent source of risk, so every further
     * option adds some. The default.
     */
    INDEPENDENT,
    /** The riskiest option chosen: naming more options never outweighs how risky each one is. */
    MAX
}
