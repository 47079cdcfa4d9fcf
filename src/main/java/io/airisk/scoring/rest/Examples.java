package io.airisk.scoring.rest;

/** OpenAPI examples of the what-if endpoint. */
final class Examples {

    private Examples() {
    }

    static final String REQUEST = """
            {"questionnaireVersion": "v1",
             "answers": {"llm.production_use": "core", "llm.revenue_share": "over_50",
                         "reasoning.critical_use": ["planning", "financial_decisions"], "reasoning.verification": "none",
                         "infra.commitment_years": 3}}
            """;

    static final String RESULT = """
            {
              "overallRisk": 31.07, "band": "MODERATE", "completeness": 0.1923, "questionnaireVersion": "v1",
              "dimensions": [
                {"id": "REASONING_GAP", "score": 57.86, "contributions": [
                  {"questionId": "reasoning.critical_use", "points": 24.52, "risk": 0.88, "weight": 3.0},
                  {"questionId": "reasoning.verification", "points": 33.34, "risk": 1.0, "weight": 4.0}]}
              ],
              "overallTerms": [
                {"id": "REASONING_GAP", "kind": "DIMENSION", "weight": 3.0, "value": 57.86, "points": 11.57},
                {"id": "DEPENDENCE_X_REASONING", "kind": "INTERACTION", "weight": 2.0, "value": 25.65, "points": 3.42}
              ],
              "recommendations": [
                {"id": "verify-reasoning-output", "title": "Verify reasoning-critical LLM output by non-LLM means before acting on it",
                 "reference": "R3", "rationale": "LLM output feeds reasoning-critical work without independent checks.",
                 "triggeredBy": ["reasoning.verification"], "expectedRiskReduction": 9.87}
              ],
              "notice": "This index measures exposure if one school of thought holds..."
            }
            """;

    static final String HIDDEN = """
            {"type": "urn:airisk:problem:invalid-input", "title": "Invalid input", "status": 400,
             "detail": "llm.revenue_share: is hidden by the answer to llm.production_use; remove it",
             "errors": [{"field": "llm.revenue_share", "message": "is hidden by the answer to llm.production_use; remove it"}]}
            """;
}
