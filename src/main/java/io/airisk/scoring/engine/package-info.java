/**
 * The scoring engine: plain Java, free of framework imports, so that it can be tested and
 * benchmarked without booting the service. {@link io.airisk.scoring.engine.QuestionnaireValidator}
 * checks a definition, {@link io.airisk.scoring.engine.AnswerParser} turns client answers into
 * typed {@link io.airisk.scoring.engine.Answer}s, and {@link io.airisk.scoring.engine.ScoringEngine}
 * computes the explained result. docs/methodology.md describes the same formulas.
 */
package io.airisk.scoring.engine;
