package io.airisk.scoring.rest;

/** OpenAPI examples of the what-if endpoint. */
final class Examples {

    private Examples() {}

    static final String REQUEST = """
            {"questionnaireVersion": "v1",
             "answers": {"llm.production_use": "core", "llm.revenue_share": "over_50",
                         "reasoning.critical_use": ["planning", "financial_decisions"], "reasoning.verification": "none",
                         "infra.commitment_years": 3}}
            """;

    /** The result for {@link #REQUEST}, abridged to two of the six dimensions and of the plan's items; OpenApiExamplesTest holds it to the real one. */
    static final String RESULT = """
            {
              "overallRisk": 24.9, "band": "LOW", "completeness": 0.1724, "questionnaireVersion": "v1",
              "dimensions": [
                {"id": "LLM_DEPENDENCE", "score": 45.45, "contributions": [
                  {"questionId": "llm.production_use", "points": 18.18, "risk": 1.0, "weight": 2.0},
                  {"questionId": "llm.revenue_share", "points": 27.27, "risk": 1.0, "weight": 3.0}]},
                {"id": "REASONING_GAP", "score": 55.35, "contributions": [
                  {"questionId": "reasoning.critical_use", "points": 22.01, "risk": 0.88, "weight": 3.0},
                  {"questionId": "reasoning.verification", "points": 33.34, "risk": 1.0, "weight": 4.0}]}
              ],
              "overallTerms": [
                {"id": "LLM_DEPENDENCE", "kind": "DIMENSION", "weight": 3.0, "value": 45.45, "points": 9.09},
                {"id": "REASONING_GAP", "kind": "DIMENSION", "weight": 3.0, "value": 55.35, "points": 11.07},
                {"id": "DEPENDENCE_X_REASONING", "kind": "INTERACTION", "weight": 2.0, "value": 25.1566, "points": 3.35}
              ],
              "recommendations": [
                {"id": "verify-reasoning-output", "title": "Verify reasoning-critical LLM output by non-LLM means before acting on it",
                 "reference": "R3", "rationale": "LLM output feeds reasoning-critical work without independent checks. Put solvers, simulations, rules, tests or domain experts between the output and the action.",
                 "triggeredBy": ["reasoning.verification"], "expectedRiskReduction": 8.69},
                {"id": "shorten-commitments", "title": "Shorten LLM infrastructure commitments and negotiate exit clauses",
                 "reference": "R4", "rationale": "Long or large commitments to LLM compute may outlive the technology they buy. Prefer shorter terms, on-demand capacity and downscaling clauses at the next renewal.",
                 "triggeredBy": ["infra.commitment_years"], "expectedRiskReduction": 1.39}
              ],
              "notice": "This index measures exposure if one school of thought holds: that current LLMs will not deliver real reasoning, planning and cause-and-effect understanding, and that the field will shift toward world models and other approaches. It is not a forecast; others expect scaling, tools and reasoning models to close the gap. Using LLMs is not penalised as such: low-stakes, verified, switchable use scores low. An expected risk reduction is a fall in this index, not a return on investment; every mitigation has costs of its own."
            }
            """;
}
