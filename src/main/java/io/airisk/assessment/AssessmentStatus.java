package io.airisk.assessment;

/** Where an assessment is in its life: answers can change only in DRAFT. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}
