// The README's walk-through, through a TypeScript client generated from the service's OpenAPI
// document: if the document loses an operation id, a type or a required field, this stops
// compiling; if the service stops answering as documented, it fails when run.
import { readFileSync } from "node:fs";
import {
  AssessmentsApi,
  AssessmentStatus,
  Configuration,
  KeyRole,
  KeysApi,
  QuestionnairesApi,
  ResponseError,
  RiskBand,
  ScoresApi,
  TokensApi,
} from "../../../target/client/generated";

// An answer is a plain value; the document leaves its type open, and the service checks it against its question.
type Answer = string | string[] | number | boolean | null;

// Every call carries a key: the bootstrap ADMIN key here, sent as Authorization: Bearer.
const basePath = process.env.AIRISK_URL ?? "http://localhost:8080";
const config = new Configuration({ basePath, accessToken: process.env.AIRISK_KEY });
const questionnaires = new QuestionnairesApi(config);
const assessments = new AssessmentsApi(config);
const scores = new ScoresApi(config);
const tokens = new TokensApi(config);
const keys = new KeysApi(config);

async function status(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (e) {
    return e instanceof ResponseError ? e.response.status : -1;
  }
}

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error("walk-through failed: " + what);
  }
  console.log("ok - " + what);
}

async function main(): Promise<void> {
  // 1. Read the questionnaire.
  const current = await questionnaires.getCurrentQuestionnaire();
  check(current.questions.length > 0, `questionnaire ${current.version} has ${current.questions.length} questions`);

  // 2. Create a draft with a first answer.
  const draft = await assessments.createAssessment({
    createAssessmentRequest: {
      organization: { name: `Client walk-through ${Date.now()}`, industry: "Manufacturing" },
      answers: { "llm.production_use": "core" },
    },
    idempotencyKey: `walk-through-${Date.now()}`,
  });
  check(draft.status === AssessmentStatus.DRAFT, "a new assessment is a draft");

  // 3. Answer: the worked example's answers, all at once.
  const worked: { [questionId: string]: Answer } = JSON.parse(
    readFileSync("../../../examples/worked-example-answers.json", "utf8"),
  );
  const answered = await assessments.answerAssessment({ id: draft.id, requestBody: worked, ifMatch: `"${draft.version}"` });
  check(Object.keys(answered.answers).length === Object.keys(worked).length, "every answer is kept");

  // A portal's respondent answers with a token scoped to this one assessment, not with a key.
  const minted = await tokens.createRespondentToken({ id: draft.id });
  const respondent = new AssessmentsApi(new Configuration({ basePath, accessToken: minted.token }));
  const byRespondent = await respondent.answerAssessment({ id: draft.id, requestBody: worked });
  check(byRespondent.id === draft.id, "a respondent token answers its assessment");
  check((await status(respondent.listAssessments({}))) === 403, "a respondent token lists nothing (403)");

  // A VIEWER key reads but does not write; without a key, nothing.
  const viewerKey = await keys.createKey({ createKeyRequest: { name: "Walk-through viewer", role: KeyRole.VIEWER } });
  const viewer = new AssessmentsApi(new Configuration({ basePath, accessToken: viewerKey.key }));
  check((await status(viewer.getAssessment({ id: draft.id }))) === 200, "a VIEWER key reads the assessment");
  check((await status(viewer.deleteAssessment({ id: draft.id }))) === 403, "a VIEWER key cannot delete it (403)");
  const anonymous = new AssessmentsApi(new Configuration({ basePath }));
  check((await status(anonymous.getAssessment({ id: draft.id }))) === 401, "no key answers 401");
  await keys.revokeKey({ id: viewerKey.id });

  // 4. Preview partial answers without storing anything.
  const preview = await scores.scoreAnswers({
    scoreRequest: { answers: { "llm.production_use": "core", "reasoning.critical_areas": ["planning"] } },
  });
  check(preview.completeness < 1, `a preview of partial answers says its completeness (${preview.completeness})`);

  // 5. Submit, and 6. read the stored result.
  await assessments.submitAssessment({ id: draft.id });
  const submitted = await assessments.getAssessment({ id: draft.id });
  const result = submitted.result;
  check(result !== undefined, "a submitted assessment has its result");
  check(result!.overallRisk === 65.92 && result!.band === RiskBand.HIGH, "the worked example scores 65.92, HIGH");
  check(
    result!.unknownCount === 3 && result!.range!.low === 62.4 && result!.range!.high === 67.18,
    "its three unknown answers leave a range of 62.40 to 67.18",
  );
  check(
    result!.unknowns![0].questionId === "signals.upgrade_gains",
    "the unknown answer to find out first is the one that narrows the range most",
  );
  const first = result!.recommendations[0];
  check(first.because!.length > 0 && first.effort !== undefined, `the first step says why and what it takes (${first.id})`);
  const reductions = result!.recommendations.map((r) => r.expectedRiskReduction);
  check(reductions.every((r, i) => i === 0 || reductions[i - 1] >= r), "the plan is ordered by expected reduction");

  // Errors are problem details naming their type.
  try {
    await assessments.getAssessment({ id: "00000000-0000-0000-0000-000000000000" });
    check(false, "an unknown id answers 404");
  } catch (e) {
    const problem = e instanceof ResponseError ? await e.response.json() : {};
    check(
      e instanceof ResponseError && e.response.status === 404 && problem.type === "urn:airisk:problem:not-found",
      "an unknown id answers a 404 problem",
    );
  }

  await assessments.deleteAssessment({ id: draft.id });
  check(true, "the assessment is deleted");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
