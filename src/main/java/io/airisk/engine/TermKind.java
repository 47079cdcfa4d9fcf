package io.airisk.engine;

/** What a term of the overall index weighs: one dimension's score, or two compounded. */
public enum TermKind {
    DIMENSION,
    INTERACTION
}
