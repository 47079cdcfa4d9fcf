package io.airisk.questionnaire.rest;

/** OpenAPI examples of the questionnaire endpoints. */
final class Examples {

    private Examples() {}

    static final String VERSIONS = """
            [{"version": "v1", "title": "AI strategy exposure to a paradigm shift beyond current LLMs", "current": true}]
            """;

    static final String DEFINITION = """
            {
              "version": "v1",
              "title": "AI strategy exposure to a paradigm shift beyond current LLMs",
              "dimensions": [
                {"id": "LLM_DEPENDENCE", "name": "Dependence on current LLMs", "weight": 3,
                 "description": "How much revenue, processes and products hinge on current-generation LLMs, on one vendor or one model, and on spend concentrated on fine-tuning them (R1, R2)."}
              ],
              "questions": [
                {"id": "llm.revenue_share", "dimension": "LLM_DEPENDENCE", "type": "SINGLE_CHOICE", "required": true,
                 "weight": 3, "references": ["R1"],
                 "text": "What share of your revenue depends on features powered by LLMs?",
                 "help": "Revenue that hinges on one model generation is revenue at risk if that generation stalls (R1). Count revenue that would be lost or refunded if the LLM features stopped working well. \\"Don't know\\" scores high: not knowing is itself exposure.",
                 "showIf": {"questionId": "llm.production_use", "anyOf": ["supporting", "core"]},
                 "options": [
                   {"id": "none", "label": "None", "risk": 0, "exclusive": false},
                   {"id": "over_50", "label": "Over 50%", "risk": 1, "exclusive": false}
                 ]},
                {"id": "infra.commitment_years", "dimension": "INFRA_LOCK_IN", "type": "NUMBER", "required": true,
                 "weight": 3, "references": ["R4"], "min": 0, "max": 10, "unit": "years", "riskDirection": "ASCENDING",
                 "text": "How many years remain on your longest commitment for LLM compute, GPUs, data-centre capacity or model API spend?",
                 "help": "Long commitments to LLM infrastructure are what the article expects to become obsolete (R4). Answer 0 when you buy on demand. Risk rises linearly from 0 to 10 years.",
                 "showIf": {"questionId": "llm.production_use", "anyOf": ["pilots", "supporting", "core"]}}
              ],
              "interactions": [
                {"id": "DEPENDENCE_X_REASONING", "name": "Dependence meets reasoning-critical work",
                 "first": "LLM_DEPENDENCE", "second": "REASONING_GAP", "weight": 2}
              ],
              "bands": [{"id": "LOW", "min": 0}, {"id": "MODERATE", "min": 25}, {"id": "HIGH", "min": 50}, {"id": "CRITICAL", "min": 75}],
              "recommendations": [
                {"id": "shorten-commitments", "reference": "R4",
                 "title": "Shorten LLM infrastructure commitments and negotiate exit clauses",
                 "rationale": "Long or large commitments to LLM compute may outlive the technology they buy. Prefer shorter terms, on-demand capacity and downscaling clauses at the next renewal.",
                 "triggers": [{"questionId": "infra.commitment_years", "minRisk": 0.2}]}
              ]
            }
            """;
}
