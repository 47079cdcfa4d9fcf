package io.airisk.engine;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Questionnaire v1's method: interaction terms averaged in, superadditive at any weighted mean. */
class V1ScoringPropertiesTest extends ScoringProperties {

    V1ScoringPropertiesTest() {
        super(Questionnaires.v1Engine());
    }

    @Property(tries = 500)
    void dependenceAndReasoningCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertCompoundsSuperadditively(base, "LLM_DEPENDENCE", "REASONING_GAP", random, 100);
    }

    @Property(tries = 300)
    void lockInAndDependenceCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertCompoundsSuperadditively(base, "INFRA_LOCK_IN", "LLM_DEPENDENCE", random, 100);
    }
}
