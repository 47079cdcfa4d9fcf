package io.airisk.engine;

/** Roughly what acting on a recommendation takes. */
public enum Effort {
    /** Weeks, within one team's budget. */
    LOW,
    /** A quarter or two, a funded project. */
    MEDIUM,
    /** A year or more, or a change of contracts, organisation or architecture. */
    HIGH
}
