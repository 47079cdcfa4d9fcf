package io.airisk.scoring.rest;

/** OpenAPI examples of the what-if endpoint. */
final class Examples {

    private Examples() {}

    static final String REQUEST = """
            {"answers": {"llm.production_use": "core", "llm.revenue_share": "25_to_50", "llm.vendor_readiness": "nothing", "reasoning.critical_areas": ["planning", "finance"], "reasoning.verification": "none", "infra.llm_commitment_term": "unknown"}}
            """;

    /** The result for {@link #REQUEST}, abridged to two of the six dimensions, three of the terms, two of the plan's items; OpenApiExamplesTest holds it to the real one. */
    static final String RESULT = """
            {
              "overallRisk": 21.5, "band": "LOW", "completeness": 0.1714, "questionnaireVersion": "v3",
              "unknownCount": 1, "range": {"low": 17.04, "high": 23.37},
              "dimensions": [
                {"id": "LLM_DEPENDENCE", "score": 52.08, "contributions": [
                  {"questionId": "llm.production_use", "points": 16.67, "risk": 1.0, "weight": 2.0},
                  {"questionId": "llm.revenue_share", "points": 18.75, "risk": 0.75, "weight": 3.0},
                  {"questionId": "llm.vendor_readiness", "points": 16.66, "risk": 1.0, "weight": 2.0}]},
                {"id": "REASONING_GAP", "score": 13.5, "contributions": [
                  {"questionId": "reasoning.critical_areas", "points": 13.5, "risk": 0.9, "weight": 3.0, "factor": 0.7}]}
              ],
              "overallTerms": [
                {"id": "LLM_DEPENDENCE", "kind": "DIMENSION", "weight": 2.5, "value": 52.08, "points": 12.11},
                {"id": "REASONING_GAP", "kind": "DIMENSION", "weight": 2.5, "value": 13.5, "points": 3.14},
                {"id": "DEPENDENCE_X_REASONING", "kind": "INTERACTION", "weight": 0.3, "value": 7.0308, "points": 1.72}
              ],
              "recommendations": [
                {"id": "limit-revenue-on-one-generation", "title": "Give LLM-dependent products and key processes a degraded mode that works without their model", "reference": "R1", "rationale": "A quarter or more of revenue, or of key processes, would stop or lose its main value without LLMs.", "triggeredBy": ["llm.revenue_share"], "expectedRiskReduction": 5.39, "because": [{"questionId": "llm.revenue_share", "answer": "25_to_50"}], "target": "Each LLM-powered product and key process keeps a reduced mode that works without its model, and under a quarter of revenue stops without it.", "effort": "HIGH", "tradeOff": "Degraded modes cost engineering time for features customers may rarely see.", "reductionPerEffort": 1.35},
                {"id": "shorten-llm-commitments", "title": "Shorten and shrink commitments to current-LLM infrastructure at their next renewal", "reference": "R4", "rationale": "Commitments to current-LLM infrastructure (providers, or compute that serves only LLMs) run for a year or more, or what is still to be paid under them is a tenth or more of this year's AI budget.", "triggeredBy": ["infra.llm_commitment_term"], "expectedRiskReduction": 4.46, "because": [{"questionId": "infra.llm_commitment_term", "answer": "unknown"}], "target": "No commitment to current-LLM infrastructure that cannot end within twelve months, and under a tenth of the AI budget still owed under them.", "effort": "LOW", "tradeOff": "Shorter and smaller commitments usually cost more per token or per hour.", "reductionPerEffort": 4.46}
              ],
              "unknowns": [{"questionId": "infra.llm_commitment_term", "low": 17.04, "high": 23.37, "rangeNarrowing": 6.33}],
            "bundles": [{"interaction": "DEPENDENCE_X_REASONING", "recommendations": ["limit-revenue-on-one-generation", "verify-reasoning-output"], "jointReduction": 8.37, "separateReductions": 8.75}, {"interaction": "LOCK_IN_X_DEPENDENCE", "recommendations": ["shorten-llm-commitments", "limit-revenue-on-one-generation"], "jointReduction": 9.41, "separateReductions": 9.85}],
              "notice": "This index measures exposure if one school of thought holds: that current LLMs will not deliver real reasoning, planning and cause-and-effect understanding, and that the field will shift toward world models and other approaches. It is not a forecast; others expect scaling, tools and reasoning models to close the gap. Using LLMs is not penalised as such: low-stakes, verified, switchable use scores low. An expected risk reduction is a fall in this index, not a return on investment; every mitigation has costs of its own. \\"Don't know\\" is scored at the risk each question publishes, never as no risk; every result says how many answers are unknown and the range the index would take if they were known.",
              "vector": "AIRISK:3.0/LPU:core/LRS:25_to_50/LVR:nothing/RCA:planning+finance/RV:none/ILCT:unknown"
            }
            """;
}
