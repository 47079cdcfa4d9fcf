package io.airisk.assessment.rest;

/** OpenAPI examples of the assessment endpoints. */
final class Examples {

    private Examples() {}

    static final String CREATE_REQUEST = """
            {
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "questionnaireVersion": "v1",
              "answers": {"llm.production_use": "core", "reasoning.critical_use": ["planning"], "infra.commitment_years": 3}
            }
            """;

    static final String DRAFT = """
            {
              "id": "3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10",
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "questionnaireVersion": "v1",
              "status": "DRAFT",
              "answers": {"llm.production_use": "core", "reasoning.critical_use": ["planning"], "infra.commitment_years": 3},
              "createdAt": "2026-11-28T09:15:02.123456Z",
              "updatedAt": "2026-11-28T09:15:02.123456Z",
              "version": 0
            }
            """;

    static final String PATCH = """
            {"llm.revenue_share": "10_to_50", "reasoning.verification": "partial", "infra.commitment_years": null}
            """;

    static final String SUBMITTED = """
            {
              "id": "3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10",
              "organization": {"name": "Acme Robotics", "industry": "Manufacturing", "size": "1000-5000"},
              "questionnaireVersion": "v1",
              "status": "SUBMITTED",
              "answers": {"llm.production_use": "core", "llm.revenue_share": "10_to_50", "reasoning.critical_use": ["planning", "financial_decisions"]},
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
                "notice": "This index measures exposure if one school of thought holds: ... It is not a forecast; ..."
              },
              "version": 4
            }
            """;

    static final String PAGE = """
            {"items": [], "page": 0, "size": 20, "total": 0}
            """;

    static final String INVALID = """
            {"type": "urn:airisk:problem:invalid-input", "title": "Invalid input", "status": 400,
             "detail": "organization.name: must not be blank",
             "errors": [{"field": "organization.name", "message": "must not be blank"}]}
            """;

    static final String INVALID_ANSWERS = """
            {"type": "urn:airisk:problem:invalid-input", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid: infra.commitment_years, llm.revenue_share",
             "errors": [{"field": "infra.commitment_years", "message": "must be between 0 and 10 years, was 12"},
                        {"field": "llm.revenue_share", "message": "'most' is not an option; expected one of [none, under_10, 10_to_50, over_50, unknown]"}]}
            """;

    static final String BAD_PAGE_SIZE = """
            {"type": "urn:airisk:problem:invalid-input", "title": "Invalid input", "status": 400,
             "detail": "size: must be an integer from 1 to 100",
             "errors": [{"field": "size", "message": "must be an integer from 1 to 100"}]}
            """;

    static final String UNKNOWN_VERSION = """
            {"type": "urn:airisk:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Questionnaire version 'v9' is not published; published versions: [v1]"}
            """;

    static final String NOT_FOUND = """
            {"type": "urn:airisk:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No assessment with id 3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10"}
            """;

    static final String CONFLICT = """
            {"type": "urn:airisk:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Assessment 3f1c2b9e-6a54-4f0e-9d8a-2b7c1e5a9f10 is SUBMITTED and can no longer change"}
            """;

    static final String PRECONDITION_FAILED = """
            {"type": "urn:airisk:problem:precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match does not match the assessment's current version 5; read it again"}
            """;

    static final String KEY_REUSED = """
            {"type": "urn:airisk:problem:idempotency-key-reused", "title": "Idempotency-Key reused", "status": 422,
             "detail": "This Idempotency-Key was used for a different request; use a new key for a new request",
             "errors": [{"field": "Idempotency-Key", "message": "was used for a different request"}]}
            """;

    static final String INCOMPLETE = """
            {"type": "urn:airisk:problem:incomplete", "title": "Assessment incomplete", "status": 422,
             "detail": "2 required question(s) unanswered: llm.revenue_share, signals.owner",
             "errors": [{"field": "llm.revenue_share", "message": "is required"},
                        {"field": "signals.owner", "message": "is required"}]}
            """;

    static final String TOO_LARGE = """
            {"type": "urn:airisk:problem:payload-too-large", "title": "Payload too large", "status": 413,
             "detail": "The request body exceeds 1048576 bytes"}
            """;
}
