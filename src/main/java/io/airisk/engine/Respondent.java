package io.airisk.engine;

/** Who in a company is best placed to answer a question. */
public enum Respondent {
    CTO,
    HEAD_OF_AI,
    FINANCE,
    PROCUREMENT,
    RESEARCH,
    PRODUCT
}
