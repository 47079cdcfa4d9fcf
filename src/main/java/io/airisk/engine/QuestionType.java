package io.airisk.engine;

/** How a question is answered; fixes the JSON type of its answer. */
public enum QuestionType {
    /** One option id. */
    SINGLE_CHOICE,
    /** A non-empty array of distinct option ids; an exclusive option stands alone. */
    MULTI_CHOICE,
    /** An integer between {@code min} and {@code max}. */
    SCALE,
    /** A number between {@code min} and {@code max}, in {@code unit}. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN;

    boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
