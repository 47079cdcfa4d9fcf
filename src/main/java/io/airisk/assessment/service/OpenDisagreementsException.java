package io.airisk.assessment.service;

import java.util.List;

/** A submit while respondents disagree on visible questions: answered 422, listing each. */
public class OpenDisagreementsException extends RuntimeException {

    private final transient List<Disagreement> disagreements;

    public OpenDisagreementsException(List<Disagreement> disagreements) {
        super(
                disagreements.size() + " question" + (disagreements.size() == 1 ? " has" : "s have")
                        + " answers that differ: choose one of each (PUT /api/v1/assessments/{id}/resolutions/{questionId})",
                null,
                false,
                false);
        this.disagreements = List.copyOf(disagreements);
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }
}
