package io.airisk.questionnaire.rest;

/** OpenAPI examples of the questionnaire endpoints. */
final class Examples {

    private Examples() {}

    static final String VERSIONS = """
            [{"version": "v1", "title": "AI strategy exposure to a paradigm shift beyond current LLMs", "current": false, "languages": ["en"]},
             {"version": "v2", "title": "AI strategy exposure to a paradigm shift beyond current LLMs", "current": false, "languages": ["en"]},
             {"version": "v3", "title": "AI strategy exposure to a paradigm shift beyond current LLMs", "current": true, "languages": ["en", "de", "fr"]}]
            """;

    static final String DEFINITION = """
            {
              "version": "v3",
              "title": "AI strategy exposure to a paradigm shift beyond current LLMs",
              "notice": "This index measures exposure if one school of thought holds: that current LLMs will not deliver real reasoning, planning and cause-and-effect understanding, and that the field will shift toward world models and other approaches. It is not a forecast; others expect scaling, tools and reasoning models to close the gap. Using LLMs is not penalised as such: low-stakes, verified, switchable use scores low. An expected risk reduction is a fall in this index, not a return on investment; every mitigation has costs of its own. \\"Don't know\\" is scored at the risk each question publishes, never as no risk; every result says how many answers are unknown and the range the index would take if they were known.",
              "references": [
                {
                  "id": "R3",
                  "summary": "Where work needs reasoning, planning or cause and effect, current LLMs may not be enough for long."
                },
                {
                  "id": "R4",
                  "summary": "Avoid lock-in to expensive LLM infrastructure that may become obsolete."
                }
              ],
              "dimensions": [
                {
                  "id": "REASONING_GAP",
                  "name": "Reasoning needs met by LLMs",
                  "weight": 2.5,
                  "description": "How much critical work that needs reasoning, planning, causality or scientific rigour is done or decided by LLM output without independent verification (R3)."
                }
              ],
              "questions": [
                {
                  "id": "llm.revenue_share",
                  "code": "LRS",
                  "dimension": "LLM_DEPENDENCE",
                  "type": "SINGLE_CHOICE",
                  "required": true,
                  "weight": 3,
                  "references": [
                    "R1"
                  ],
                  "respondent": "FINANCE",
                  "text": "Over the last twelve months, what share of revenue came from products or features that would stop working, or lose their main value, without LLMs?",
                  "help": "Count a product's whole revenue when its LLM feature is the reason customers buy it; count nothing for products where the LLM is a convenience. Finance, with the product owners, usually knows. Serves R1: revenue that rests on one generation of models is exposed if that generation stalls.",
                  "showIf": {
                    "questionId": "llm.production_use",
                    "anyOf": [
                      "supporting",
                      "core"
                    ]
                  },
                  "allowsUnknown": true,
                  "unknownRisk": 0.7,
                  "scaledBy": [],
                  "options": [
                    {
                      "id": "none",
                      "label": "None",
                      "risk": 0,
                      "exclusive": false
                    },
                    {
                      "id": "50_or_more",
                      "label": "50% or more",
                      "risk": 1,
                      "exclusive": false
                    }
                  ]
                },
                {
                  "id": "reasoning.failure_impact",
                  "code": "RFI",
                  "dimension": "REASONING_GAP",
                  "type": "SCALE",
                  "required": true,
                  "weight": 2,
                  "references": [
                    "R3"
                  ],
                  "respondent": "CTO",
                  "text": "What would the worst plausible reasoning error in those areas cost?",
                  "help": "Think of one wrong conclusion acted on before anyone noticed. Quarterly revenue is the reference for the money amounts. Serves R3: what one wrong conclusion costs is what reasoning-critical use puts at stake.",
                  "showIf": {
                    "questionId": "reasoning.critical_areas",
                    "anyOf": [
                      "code",
                      "operations",
                      "planning",
                      "causal",
                      "finance",
                      "science",
                      "regulated",
                      "unknown"
                    ]
                  },
                  "min": 1,
                  "max": 5,
                  "riskDirection": "ASCENDING",
                  "anchors": [
                    {
                      "value": 1,
                      "label": "Negligible: corrected within the hour, no customer sees it"
                    },
                    {
                      "value": 2,
                      "label": "Minor: a day of rework, internal only"
                    },
                    {
                      "value": 3,
                      "label": "Significant: customers see it, or a loss under 1% of quarterly revenue"
                    },
                    {
                      "value": 4,
                      "label": "Severe: regulatory or contractual consequences, or a loss of 1% to 5% of quarterly revenue"
                    },
                    {
                      "value": 5,
                      "label": "Critical: harm to people, or a loss over 5% of quarterly revenue"
                    }
                  ],
                  "allowsUnknown": true,
                  "unknownRisk": 0.75,
                  "scaledBy": [
                    "reasoning.verification",
                    "reasoning.reversibility"
                  ]
                },
                {
                  "id": "reasoning.verification",
                  "code": "RV",
                  "dimension": "REASONING_GAP",
                  "type": "SINGLE_CHOICE",
                  "required": true,
                  "weight": 0,
                  "references": [
                    "R3"
                  ],
                  "respondent": "HEAD_OF_AI",
                  "text": "Before LLM output leads to an action in those areas, how is it checked?",
                  "help": "Non-LLM means are checks that do not rely on another language model: an optimisation solver, a simulation, business rules, automated tests, or a qualified expert who re-derives the result. Checking a sample means some actions go ahead unchecked. Serves R3: a check outside the LLM is what catches the reasoning errors the article expects.",
                  "showIf": {
                    "questionId": "reasoning.critical_areas",
                    "anyOf": [
                      "code",
                      "operations",
                      "planning",
                      "causal",
                      "finance",
                      "science",
                      "regulated",
                      "unknown"
                    ]
                  },
                  "allowsUnknown": true,
                  "unknownRisk": 0.9,
                  "scaledBy": [],
                  "options": [
                    {
                      "id": "always_independent",
                      "label": "Every time, all of the output, by non-LLM means",
                      "risk": 0.3,
                      "exclusive": false
                    },
                    {
                      "id": "none",
                      "label": "Not checked",
                      "risk": 1,
                      "exclusive": false
                    }
                  ]
                }
              ],
              "interactions": [
                {
                  "id": "DEPENDENCE_X_REASONING",
                  "name": "Dependence meets reasoning-critical work",
                  "first": "LLM_DEPENDENCE",
                  "second": "REASONING_GAP",
                  "weight": 0.3
                }
              ],
              "compounding": "HEADROOM",
              "bands": [
                {
                  "id": "LOW",
                  "min": 0
                },
                {
                  "id": "MODERATE",
                  "min": 25
                },
                {
                  "id": "HIGH",
                  "min": 50
                },
                {
                  "id": "CRITICAL",
                  "min": 75
                }
              ],
              "recommendations": [
                {
                  "id": "verify-reasoning-output",
                  "reference": "R3",
                  "title": "Check reasoning-critical LLM output in full by non-LLM means before acting on it",
                  "rationale": "LLM output in reasoning-critical areas leads to actions without being checked in full, every time, by means other than an LLM.",
                  "triggers": [
                    {
                      "questionId": "reasoning.verification",
                      "minRisk": 0.55
                    }
                  ],
                  "target": "Every action in those areas is checked first by a solver, a simulation, rules, tests or a qualified expert.",
                  "effort": "MEDIUM",
                  "tradeOff": "Checks add latency and cost, and experts' time is scarce."
                }
              ],
              "migration": {
                "from": "v2",
                "questions": [
                  {
                    "id": "llm.revenue_share",
                    "from": "llm.revenue_share"
                  },
                  {
                    "id": "llm.upgrade_rework",
                    "from": "llm.generation_tuning",
                    "options": {
                      "little": "little",
                      "weeks": "some",
                      "months": "most",
                      "never_moved": "never_moved"
                    }
                  }
                ]
              }
            }
            """;
}
