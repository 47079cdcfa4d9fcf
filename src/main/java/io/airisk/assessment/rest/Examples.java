package io.airisk.assessment.rest;

/** OpenAPI examples of the assessment endpoints. */
final class Examples {

    private Examples() {}

    static final String CREATE_REQUEST = """
            {
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "questionnaireVersion": "v3",
              "answers": {"llm.production_use": "core", "reasoning.critical_areas": ["planning", "finance"], "reasoning.failure_impact": 4}
            }
            """;

    static final String DRAFT = """
            {
              "id": "3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10",
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "organizationId": "01a2f0c4-7b1e-7c3a-9d2e-5f6a7b8c9d01",
              "questionnaireVersion": "v3",
              "status": "DRAFT",
              "answers": {"llm.production_use": "core", "reasoning.critical_areas": ["planning", "finance"], "reasoning.failure_impact": 4},
              "createdAt": "2026-11-28T09:15:02.123456Z",
              "updatedAt": "2026-11-28T09:15:02.123456Z",
              "version": 0
            }
            """;

    /** Each kind of answer a PATCH takes, and null, which removes one. */
    static final String PATCH = """
            {"llm.production_use": "core", "llm.revenue_share": "10_to_25", "reasoning.critical_areas": ["planning", "finance"],
             "reasoning.failure_impact": 4, "signals.decision_triggers": false, "signals.upgrade_gains": "unknown",
             "infra.compute_commitments": null}
            """;

    static final String SUBMITTED = """
            {
              "id": "3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10",
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "organizationId": "01a2f0c4-7b1e-7c3a-9d2e-5f6a7b8c9d01",
              "questionnaireVersion": "v1",
              "status": "SUBMITTED",
              "answers": {"llm.production_use": "core", "llm.revenue_share": "10_to_50", "llm.process_share": 40,
                          "llm.vendor_concentration": "single_vendor_several_models", "llm.finetune_spend_share": 30, "reasoning.critical_use": ["planning", "financial_decisions"],
                          "reasoning.verification": "partial", "reasoning.autonomy": "human_approves", "reasoning.failure_impact": 4,
                          "reasoning.causal_methods": false, "infra.commitment_years": 3, "infra.hosting": "single_provider_api",
                          "infra.committed_spend_share": "25_to_50", "infra.model_specific_pipelines": "partly", "infra.switching_cost": 4,
                          "infra.exit_clauses": false, "adapt.abstraction_layer": "untested", "adapt.replatform_time": "year",
                          "adapt.world_model_pilot": "roadmap_only", "adapt.non_text_data": "owned_raw", "adapt.eval_suite": "manual",
                          "talent.research_budget": "annual", "talent.product_pressure": 4, "talent.senior_attrition": "5_to_15",
                          "talent.key_people": true, "signals.owner": "informal", "signals.review_cadence": "yearly",
                          "signals.roi_tracking": "partial", "signals.decision_triggers": false},
              "createdAt": "2026-11-28T09:15:02.123456Z",
              "updatedAt": "2026-11-28T09:40:11.654321Z",
              "submittedAt": "2026-11-28T09:40:11.654321Z",
              "result": {
                "overallRisk": 55.85, "band": "HIGH", "completeness": 1.0, "questionnaireVersion": "v1",
                "dimensions": [
                  {"id": "LLM_DEPENDENCE", "score": 60.91, "contributions": [
                    {"questionId": "llm.production_use", "points": 18.18, "risk": 1.0, "weight": 2.0},
                    {"questionId": "llm.revenue_share", "points": 16.36, "risk": 0.6, "weight": 3.0},
                    {"questionId": "llm.process_share", "points": 7.27, "risk": 0.4, "weight": 2.0},
                    {"questionId": "llm.vendor_concentration", "points": 13.64, "risk": 0.75, "weight": 2.0},
                    {"questionId": "llm.finetune_spend_share", "points": 5.46, "risk": 0.3, "weight": 2.0}]}
                ],
                "overallTerms": [
                  {"id": "LLM_DEPENDENCE", "kind": "DIMENSION", "weight": 3.0, "value": 60.91, "points": 12.18},
                  {"id": "DEPENDENCE_X_REASONING", "kind": "INTERACTION", "weight": 2.0, "value": 39.2991, "points": 5.24}
                ],
                "recommendations": [
                  {"id": "shorten-commitments", "title": "Shorten LLM infrastructure commitments and negotiate exit clauses",
                   "reference": "R4", "rationale": "Long or large commitments to LLM compute may outlive the technology they buy. Prefer shorter terms, on-demand capacity and downscaling clauses at the next renewal.",
                   "triggeredBy": ["infra.commitment_years", "infra.committed_spend_share", "infra.exit_clauses"],
                   "expectedRiskReduction": 5.19}
                ],
                "notice": "This index measures exposure if one school of thought holds: that current LLMs will not deliver real reasoning, planning and cause-and-effect understanding, and that the field will shift toward world models and other approaches. It is not a forecast; others expect scaling, tools and reasoning models to close the gap. Using LLMs is not penalised as such: low-stakes, verified, switchable use scores low. An expected risk reduction is a fall in this index, not a return on investment; every mitigation has costs of its own.",
                "vector": "AIRISK:1.0/LPU:core/LRS:10_to_50/LPS:40/LVC:single_vendor_several_models/LFSS:30/RCU:planning+financial_decisions/RV:partial/RA:human_approves/RFI:4/RCM:false/ICY:3/IH:single_provider_api/ICSS:25_to_50/IMSP:partly/ISC:4/IEC:false/AAL:untested/ART:year/AWMP:roadmap_only/ANTD:owned_raw/AES:manual/TRB:annual/TPP:4/TSA:5_to_15/TKP:true/SO:informal/SRC:yearly/SRT:partial/SDT:false"
              },
              "version": 4
            }
            """;

    static final String PAGE = """
            {"items": [], "page": 0, "size": 20, "total": 0}
            """;

    static final String ORGANIZATION = """
            {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"}
            """;

    static final String ORGANIZATION_CHANGE = """
            {"name": "Acme Robotics Group", "size": "5000-10000", "targets": {"overall": {"band": "MODERATE"}, "REASONING_GAP": {"index": 40}}}
            """;

    static final String REASSESSMENT = """
            {"from": "latest"}
            """;

    /** A respondent token for the chief financial officer, who answers FINANCE's questions. */
    static final String RESPONDENT_TOKEN = """
            {"name": "Chief financial officer", "email": "cfo@example.com", "role": "FINANCE"}
            """;

    static final String SHARE_TOKEN = """
            {"name": "Board pack, fourth quarter"}
            """;

    static final String RESOLUTION = """
            {"answer": "10_to_25", "note": "Finance's figure, from the 2026 budget"}
            """;

    static final String NOTES = """
            {"infra.llm_commitment_term": "see procurement contract 2024-17"}
            """;
}
