package io.airisk.engine;

/**
 * Roughly what acting on a recommendation takes, and its units for ordering a plan by reduction
 * per unit of effort: each level is about twice the one below (weeks, a quarter or two, a year).
 */
public enum Effort {
    /** Weeks, within one team's budget. */
    LOW(1),
    /** A quarter or two, a funded project. */
    MEDIUM(2),
    /** A year or more, or a change of contracts, organisation or architecture. */
    HIGH(4);

    private final int units;

    Effort(int units) {
        this.units = units;
    }

    public int units() {
        return units;
    }
}
