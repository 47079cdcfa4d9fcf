package io.airisk.engine;

import java.util.List;

/**
 * Makes a question visible only when an earlier question's answer is one of {@code anyOf}
 * (for MULTI_CHOICE: contains one of them). Values are option ids or booleans.
 */
public record ShowIf(String questionId, List<Object> anyOf) {

    public ShowIf {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
