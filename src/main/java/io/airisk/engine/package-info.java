/**
 * The scoring engine: plain Java, free of framework imports, so that it can be tested and
 * benchmarked without booting the service. {@link io.airisk.engine.QuestionnaireValidator}
 * checks a definition, {@link io.airisk.engine.AnswerParser} turns client answers into
 * typed {@link io.airisk.engine.Answer}s, and {@link io.airisk.engine.ScoringEngine}
 * computes the explained result. docs/methodology.md describes the same formulas.
 */
package io.airisk.engine;
