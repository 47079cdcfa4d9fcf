package io.airisk.engine;

/**
 * One answer option of a choice question.
 *
 * @param id stable key, unique within its question
 * @param label what the respondent reads
 * @param risk published risk value in [0, 1]; higher is riskier
 * @param exclusive whether the option must stand alone in a MULTI_CHOICE answer ("none of these");
 *     false when absent
 */
public record Option(String id, String label, Double risk, Boolean exclusive) {

    public Option {
        exclusive = Boolean.TRUE.equals(exclusive);
    }
}
