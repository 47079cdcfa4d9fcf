package io.airisk.assessment;

/**
 * Where an assessment is in its life: answers can change only in DRAFT. Where its tenant requires
 * a review, a submitted assessment waits IN_REVIEW, scored, until a second EDITOR or ADMIN approves
 * it; only a SUBMITTED result counts in the portfolio, peers and trends.
 */
public enum AssessmentStatus {
    DRAFT,
    IN_REVIEW,
    SUBMITTED
}
