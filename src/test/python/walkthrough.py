"""The README's walk-through, through a Python client generated from the service's OpenAPI document
(openapi-generator's `python` generator, package airisk_client on PYTHONPATH). Answers are plain
Python values: a str, a list of str, a number, a bool, "unknown", or None to remove one. Needs
pydantic 2, urllib3 and python-dateutil, which the generated package imports.

    AIRISK_URL=http://localhost:8080 AIRISK_KEY=ark_... python3 src/test/python/walkthrough.py
"""

import json
import os
import sys
import uuid
from pathlib import Path

from airisk_client import (
    ApiClient,
    ApiException,
    AssessmentsApi,
    AssessmentStatus,
    Configuration,
    CreateAssessmentRequest,
    CreateKeyRequest,
    KeyRole,
    KeysApi,
    Organization,
    QuestionnairesApi,
    ReportsApi,
    RiskBand,
    ScoreRequest,
    ScoresApi,
    TokenRequest,
    TokensApi,
)

BASE = os.environ.get("AIRISK_URL", "http://localhost:8080")
WORKED_EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "worked-example-answers.json"


def client(key):
    """Every call carries a key or token, sent as Authorization: Bearer."""
    return ApiClient(Configuration(host=BASE, access_token=key))


def check(condition, what):
    if not condition:
        raise AssertionError("walk-through failed: " + what)
    print("ok - " + what)


def status(call):
    try:
        call()
        return 200
    except ApiException as e:
        return e.status


def main():
    admin = client(os.environ.get("AIRISK_KEY"))
    questionnaires = QuestionnairesApi(admin)
    assessments = AssessmentsApi(admin)
    tokens = TokensApi(admin)
    keys = KeysApi(admin)
    reports = ReportsApi(admin)

    # 1. Read the questionnaire.
    current = questionnaires.get_current_questionnaire()
    check(len(current.questions) > 0, f"questionnaire {current.version} has {len(current.questions)} questions")

    # 2. Create a draft with a first answer.
    draft = assessments.create_assessment(
        CreateAssessmentRequest(
            organization=Organization(name=f"Python walk-through {uuid.uuid4()}", industry="Manufacturing"),
            answers={"llm.production_use": "core"},
        ),
        idempotency_key=f"walk-through-{uuid.uuid4()}",
    )
    check(draft.status == AssessmentStatus.DRAFT, "a new assessment is a draft")
    check(isinstance(draft.id, uuid.UUID), "an id is a UUID, passed on as it is")

    # 3. Answer: the worked example's answers (a dict of strings, lists, numbers, false), all at once.
    worked = json.loads(WORKED_EXAMPLE.read_text(encoding="utf-8"))
    answered = assessments.answer_assessment(draft.id, worked, if_match=f'"{draft.version}"')
    check(len(answered.answers) == len(worked), "every answer is kept")
    check(answered.answers["reasoning.critical_areas"] == ["planning", "finance"], "a multi-choice answer reads back as a list")
    removed = assessments.answer_assessment(draft.id, {"signals.decision_triggers": None})
    check("signals.decision_triggers" not in removed.answers, "None removes an answer")

    # A portal's respondent answers with a token scoped to this one assessment, not with a key.
    minted = tokens.create_respondent_token(draft.id, TokenRequest(name="Python walk-through"))
    respondent = AssessmentsApi(client(minted.token))
    check(respondent.answer_assessment(draft.id, worked).id == draft.id, "a respondent token answers its assessment")
    check(status(respondent.list_assessments) == 403, "a respondent token lists nothing (403)")

    # A VIEWER key reads but does not write; without a key, nothing.
    viewer_key = keys.create_key(CreateKeyRequest(name="Python walk-through viewer", role=KeyRole.VIEWER))
    viewer = AssessmentsApi(client(viewer_key.key))
    check(status(lambda: viewer.get_assessment(draft.id)) == 200, "a VIEWER key reads the assessment")
    check(status(lambda: viewer.delete_assessment(draft.id)) == 403, "a VIEWER key cannot delete it (403)")
    anonymous = AssessmentsApi(client(None))
    check(status(lambda: anonymous.get_assessment(draft.id)) == 401, "no key answers 401")
    keys.revoke_key(viewer_key.id)

    # 4. Preview partial answers without storing anything.
    preview = ScoresApi(admin).score_answers(
        ScoreRequest(answers={"llm.production_use": "core", "reasoning.critical_areas": ["planning"]})
    )
    check(preview.completeness < 1, f"a preview of partial answers says its completeness ({preview.completeness})")

    # 5. Submit, and 6. read the stored result.
    assessments.submit_assessment(draft.id)
    result = assessments.get_assessment(draft.id).result
    check(result is not None, "a submitted assessment has its result")
    check(result.overall_risk == 65.92 and result.band == RiskBand.HIGH, "the worked example scores 65.92, HIGH")
    check(
        result.unknown_count == 3 and result.range.low == 62.4 and result.range.high == 67.18,
        "its three unknown answers leave a range of 62.40 to 67.18",
    )
    check(
        result.unknowns[0].question_id == "signals.upgrade_gains",
        "the unknown answer to find out first is the one that narrows the range most",
    )
    first = result.recommendations[0]
    check(len(first.because) > 0 and first.effort is not None, f"the first step says why and what it takes ({first.id})")
    reductions = [r.expected_risk_reduction for r in result.recommendations]
    check(reductions == sorted(reductions, reverse=True), "the plan is ordered by expected reduction")

    # 7. For people: the printable report (HTML), its radar chart and badge (SVG), the history.
    report = reports.get_assessment_report(draft.id).decode("utf-8")
    check("<html" in report and "Overall risk index" in report, "the report is an HTML page with the index")
    check(b"<svg" in reports.get_assessment_radar(draft.id), "the radar chart is an SVG image")
    check(b"HIGH" in reports.get_assessment_badge(draft.id), "the badge is an SVG image with the band")
    history = reports.get_assessment_history(draft.id)
    check(
        history.last_change is None and all(point.id == draft.id for point in history.points),
        "the history of the organization's first assessment tells no change",
    )

    # Errors are problem details naming their type.
    try:
        assessments.get_assessment(uuid.UUID(int=0))
        check(False, "an unknown id answers 404")
    except ApiException as e:
        problem = json.loads(e.body)
        check(e.status == 404 and problem["type"] == "urn:airisk:problem:not-found", "an unknown id answers a 404 problem")

    assessments.delete_assessment(draft.id)
    check(status(lambda: assessments.get_assessment(draft.id)) == 404, "the assessment is deleted")


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # noqa: BLE001 - any failure fails the check, with what it was
        print(e, file=sys.stderr)
        sys.exit(1)
