package io.airisk.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Questionnaire v1's method: interaction terms averaged in, superadditive everywhere. */
class V1ScoringPropertiesTest extends ScoringProperties {

    V1ScoringPropertiesTest() {
        super(Questionnaires.v1Engine());
    }

    @Property(tries = 500)
    void dependenceAndReasoningCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        Compounded compounded = secondDifference(base, "LLM_DEPENDENCE", "REASONING_GAP", random);
        Assume.that(compounded != null);
        assertThat(compounded.difference()).isGreaterThan(0.0);
    }

    @Property(tries = 300)
    void lockInAndDependenceCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        Compounded compounded = secondDifference(base, "INFRA_LOCK_IN", "LLM_DEPENDENCE", random);
        Assume.that(compounded != null);
        assertThat(compounded.difference()).isGreaterThan(0.0);
    }
}
