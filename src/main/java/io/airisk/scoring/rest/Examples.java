package io.airisk.scoring.rest;

/** OpenAPI examples of the what-if endpoint. */
final class Examples {

    private Examples() {}

    static final String REQUEST = """
            {"answers": {"llm.production_use": "core", "llm.revenue_share": "25_to_50", "llm.vendor_readiness": "nothing", "reasoning.critical_areas": ["planning", "finance"], "reasoning.verification": "none", "infra.llm_commitment_term": "unknown"}}
            """;

    /** The result for {@link #REQUEST}, abridged to two of the six dimensions, three of the terms and two of the plan's items; OpenApiExamplesTest holds it to the real one. */
    static final String RESULT = """
            {
              "overallRisk": 24.6, "band": "LOW", "completeness": 0.2222, "questionnaireVersion": "v2",
              "unknownCount": 1, "range": {"low": 19.07, "high": 26.91},
              "dimensions": [
                {"id": "LLM_DEPENDENCE", "score": 52.08, "contributions": [
                  {"questionId": "llm.production_use", "points": 16.67, "risk": 1.0, "weight": 2.0},
                  {"questionId": "llm.revenue_share", "points": 18.75, "risk": 0.75, "weight": 3.0},
                  {"questionId": "llm.vendor_readiness", "points": 16.66, "risk": 1.0, "weight": 2.0}]},
                {"id": "REASONING_GAP", "score": 14.06, "contributions": [
                  {"questionId": "reasoning.critical_areas", "points": 14.06, "risk": 0.75, "weight": 3.0, "factor": 0.5}]}
              ],
              "overallTerms": [
                {"id": "LLM_DEPENDENCE", "kind": "DIMENSION", "weight": 3.0, "value": 52.08, "points": 13.59},
                {"id": "REASONING_GAP", "kind": "DIMENSION", "weight": 3.0, "value": 14.06, "points": 3.67},
                {"id": "DEPENDENCE_X_REASONING", "kind": "INTERACTION", "weight": 0.3, "value": 7.3224, "points": 1.73}
              ],
              "recommendations": [
                {"id": "limit-revenue-on-one-generation", "title": "Give LLM-dependent products and key processes a degraded mode that works without their model", "reference": "R1", "rationale": "A large share of revenue, or of key processes, would stop or lose its main value without LLMs.", "triggeredBy": ["llm.revenue_share"], "expectedRiskReduction": 6.03, "because": [{"questionId": "llm.revenue_share", "answer": "25_to_50"}], "target": "Each LLM-powered product and key process keeps a reduced mode that works without its model, and no more than a quarter of revenue stops without it.", "effort": "HIGH", "tradeOff": "Degraded modes cost engineering time for features customers may rarely see."},
                {"id": "shorten-llm-commitments", "title": "Shorten commitments tied to current LLMs at their next renewal", "reference": "R4", "rationale": "Commitments whose value disappears with a change of model or provider run for a year or more.", "triggeredBy": ["infra.llm_commitment_term"], "expectedRiskReduction": 5.53, "because": [{"questionId": "infra.llm_commitment_term", "answer": "unknown"}], "target": "No LLM-specific commitment that cannot end within twelve months; capacity reserved only where it is used today.", "effort": "LOW", "tradeOff": "Shorter terms usually cost more per token or per hour."}
              ],
              "notice": "This index measures exposure if one school of thought holds: that current LLMs will not deliver real reasoning, planning and cause-and-effect understanding, and that the field will shift toward world models and other approaches. It is not a forecast; others expect scaling, tools and reasoning models to close the gap. Using LLMs is not penalised as such: low-stakes, verified, switchable use scores low. An expected risk reduction is a fall in this index, not a return on investment; every mitigation has costs of its own. \\"Don't know\\" is scored at the risk each question publishes, never as no risk; every result says how many answers are unknown and the range the index would take if they were known."
            }
            """;
}
