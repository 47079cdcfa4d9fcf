// The widget on the demo page and the printable report, in headless Chromium: a respondent fills
// in the whole questionnaire (a conditional question appears, one answer is "don't know"), reloads
// midway and resumes, submits and sees the band and the chart; the report of an organization with
// a hostile name renders it as text; axe-core finds no serious or critical violation on either.
// Two respondents with a role fill one assessment in two browsers. The report at 375 px and at a
// desktop's width, and the service's PDF of it. Screenshots (and the report printed to PDF by the
// browser and by the service) go to target/browser/.
//   AIRISK_URL=http://127.0.0.1:8080 AIRISK_KEY=ark_... node browser-check.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const base = process.env.AIRISK_URL;
const key = process.env.AIRISK_KEY;
const out = new URL('../../../target/browser/', import.meta.url);
fs.mkdirSync(out, { recursive: true });
const axeSource = fs.readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const failures = [];

function check(what, condition, detail = '') {
  console.log(`${condition ? 'ok' : 'not ok'} - ${what}${condition || !detail ? '' : `: ${detail}`}`);
  if (!condition) failures.push(what);
}

async function accessibility(page, what) {
  // Evaluated rather than added as a script tag: the demo page's Content-Security-Policy refuses
  // inline scripts, as it should.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  check(`axe-core finds no serious or critical violation on ${what}`, violations.length === 0, violations.join('; '));
}

async function api(method, path, body, token = key) {
  const response = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const content = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(content)}`);
  return content;
}

const widget = (page) => page.locator('ai-risk-assessment');
const question = (page, id) => widget(page).locator(`fieldset[data-question="${id}"]`);

// Answers every visible question of the current step that has no answer yet, with its last option
// (the riskiest, mostly, so that the plan has steps) or its minimum, until none is left: an answer
// may reveal further questions.
async function answerStep(page) {
  for (let round = 0; round < 40; round++) {
    const open = await widget(page).locator('fieldset').evaluateAll((sets) => sets
      .filter((set) => ![...set.querySelectorAll('input')].some((i) => i.checked || (i.type === 'number' && i.value !== '')))
      .map((set) => set.dataset.question));
    if (open.length === 0) return;
    const fieldset = question(page, open[0]);
    const number = fieldset.locator('input[type=number]');
    if (await number.count()) {
      await number.fill(String((await number.getAttribute('min')) || 0));
      await number.dispatchEvent('change');
    } else {
      await fieldset.locator('input:not([value=unknown]):not([type=text])').last().check();
    }
    await saved(page);
  }
}

// Opens the demo page (of that origin) in the page and embeds the widget in it for one assessment and
// token, as a portal would; the service is always at base.
// With `attributes` set on the element (lang, say), and the page's own language `pageLang` when given.
async function embed(page, id, token, origin = base, { attributes = {}, pageLang } = {}) {
  await page.goto(`${origin}/`);
  await page.evaluate(({ api, id, token, attributes, pageLang }) => {
    if (pageLang) document.documentElement.lang = pageLang;
    const element = document.createElement('ai-risk-assessment');
    Object.entries({ api, assessment: id, token, ...attributes }).forEach(([name, value]) => element.setAttribute(name, value));
    document.querySelector('main').replaceChildren(element);
  }, { api: base, id, token, attributes, pageLang });
}

async function saved(page) {
  await widget(page).locator('.status', { hasText: /^(Saved|Gespeichert|Enregistré)$/ }).waitFor({ timeout: 10_000 });
}

// Whether the page scrolls sideways: it must not, down to a phone's width.
async function overflows(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth);
}

async function stepHeading(page) {
  return widget(page).locator('p.muted').first().textContent();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // 1. The questionnaire, through the widget on the demo page.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests = new Set();
  page.on('request', (request) => requests.add(new URL(request.url()).origin));
  await page.goto(`${base}/`);
  await page.getByLabel('Organization').fill('Browser Ltd');
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  await widget(page).locator('h2').waitFor();
  check('the widget starts at step 1', (await stepHeading(page)) === 'Step 1 of 6', await stepHeading(page));
  check('with the focus on the first step\'s heading, not the page',
    (await widget(page).evaluate((element) => element.shadowRoot.activeElement?.tagName)) === 'H2');

  for (let step = 1; step < 6; step++) await widget(page).getByRole('button', { name: 'Next' }).click();
  await widget(page).getByRole('button', { name: 'Submit' }).click();
  await widget(page).getByRole('alert').waitFor();
  check('submitting too early shows the API\'s problem and goes back to the first unanswered step',
    (await stepHeading(page)) === 'Step 1 of 6', await stepHeading(page));
  check('with the message beside each question it names',
    (await question(page, 'llm.production_use').locator('.error').count()) === 1);

  check('a conditional question is hidden at first', (await question(page, 'llm.revenue_share').count()) === 0);
  await question(page, 'llm.production_use').locator('input[value=core]').check();
  await saved(page);
  check('it appears once the answer it depends on is given', await question(page, 'llm.revenue_share').isVisible());
  await question(page, 'llm.revenue_share').locator('input[value=unknown]').check();
  await saved(page);
  check('"don\'t know" is an answer', await question(page, 'llm.revenue_share').locator('input[value=unknown]').isChecked());
  await answerStep(page);
  await accessibility(page, 'the questionnaire');
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await answerStep(page);
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await answerStep(page);
  const before = await widget(page).locator('input:checked').count();
  await page.screenshot({ path: new URL('widget-step.png', out).pathname, fullPage: true });

  await page.reload();
  await widget(page).locator('h2').waitFor();
  check('after a reload it resumes at the same step', (await stepHeading(page)) === 'Step 3 of 6', await stepHeading(page));
  check('with the answers saved', (await widget(page).locator('input:checked').count()) === before);

  for (let step = 3; step < 6; step++) {
    await widget(page).getByRole('button', { name: 'Next' }).click();
    await answerStep(page);
  }
  await widget(page).getByRole('button', { name: 'Submit' }).click();
  await widget(page).getByRole('heading', { name: 'Your result' }).waitFor({ timeout: 15_000 });
  const band = await widget(page).locator('.band').textContent();
  check('the result shows the band', ['Low', 'Moderate', 'High', 'Critical'].includes(band), band);
  check('and the range left by the unknown answer', await widget(page).getByText(/answers? unknown/).isVisible());
  const radar = widget(page).locator('img.radar');
  await radar.waitFor();
  check('and the radar chart', await radar.evaluate((img) => img.complete && img.naturalWidth > 0));
  check('and the plan', (await widget(page).locator('ol.plan li').count()) > 0);
  await accessibility(page, 'the result');
  await page.screenshot({ path: new URL('widget-result.png', out).pathname, fullPage: true });
  check('the page called nothing but the service', [...requests].every((origin) => origin === base), [...requests].join(', '));

  // 2. The report of an organization with a hostile name, opened by a share token link.
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const answers = JSON.parse(fs.readFileSync(new URL('../../../examples/worked-example-answers.json', import.meta.url)));
  const created = await api('POST', '/api/v1/assessments', { organization: { name: hostile }, answers });
  await api('POST', `/api/v1/assessments/${created.id}/submit`);
  const share = await api('POST', `/api/v1/assessments/${created.id}/share-tokens`, {});
  // Without the page's Content-Security-Policy, which would also block axe-core: the name must be
  // harmless by its escaping alone.
  const reportContext = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true });
  const report = await reportContext.newPage();
  const dialogs = [];
  report.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await report.goto(`${base}/api/v1/assessments/${created.id}/report?token=${share.token}`);
  check('the report shows the hostile name as text', (await report.locator('h1').textContent()) === hostile);
  check('and runs none of it', dialogs.length === 0 && (await report.locator('img[src=x]').count()) === 0, dialogs.join(', '));
  check('the report has its summary, chart, dimensions and plan',
    (await report.locator('ol.leading li').count()) >= 3 && (await report.locator('svg.radar').count()) === 1
      && (await report.locator('.dimension').count()) === 6 && (await report.locator('ol.plan li').count()) > 0);
  await accessibility(report, 'the report');
  await report.screenshot({ path: new URL('report.png', out).pathname, fullPage: true });
  await report.emulateMedia({ media: 'print' });
  const pdf = await report.pdf({ path: new URL('report.pdf', out).pathname, format: 'A4', printBackground: true });
  check('the report prints to a PDF', pdf.length > 10_000, `${pdf.length} bytes`);

  // The report on a phone (375 px) and on a desktop (1280 px): nothing wider than the screen, and the
  // radar's labels at a size one can read (its viewBox scaled to its width on the page).
  const radarLabels = (page) => page.locator('svg.radar').evaluate((svg) => ({
    px: (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * Number(svg.querySelector('text').getAttribute('font-size')),
    overflow: document.scrollingElement.scrollWidth - window.innerWidth,
  }));
  for (const [name, width, lang] of [['375', 375, ''], ['desktop', 1280, ''], ['de-375', 375, 'de'], ['de-desktop', 1280, 'de']]) {
    const sized = await (await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true })).newPage();
    await sized.goto(`${base}/api/v1/assessments/${created.id}/report?token=${share.token}${lang ? `&lang=${lang}` : ''}`);
    if (lang) check(`the report in German at ${width} px`, (await sized.getByRole('heading', { name: 'Zusammenfassung' }).count()) === 1);
    const { px, overflow } = await radarLabels(sized);
    check(`at ${width} px the report is no wider than the screen`, overflow <= 0, `${overflow} px too wide`);
    check(`at ${width} px the radar's labels are ${px.toFixed(1)} px, readable (10 px or more)`, px >= 10);
    await sized.screenshot({ path: new URL(`report-${name}.png`, out).pathname, fullPage: true });
    await sized.screenshot({ path: new URL(`report-${name}-top.png`, out).pathname });
    await sized.context().close();
  }

  // The service's own PDF of the same report, by the same link: left for scripts/browser-check.sh to
  // turn into one PNG per page (pdftoppm).
  const served = await fetch(`${base}/api/v1/assessments/${created.id}/report.pdf?token=${share.token}`);
  const servedPdf = Buffer.from(await served.arrayBuffer());
  check('the service serves the report as a PDF', served.status === 200
    && served.headers.get('content-type') === 'application/pdf' && servedPdf.subarray(0, 5).toString() === '%PDF-',
    `${served.status} ${served.headers.get('content-type')}`);
  check('as an attachment with a safe file name',
    /^attachment; filename="ai-risk-report-[a-z0-9-]*\.pdf"$/.test(served.headers.get('content-disposition')),
    served.headers.get('content-disposition'));
  fs.writeFileSync(new URL('report-service.pdf', out), servedPdf);
  const germanPdf = await fetch(`${base}/api/v1/assessments/${created.id}/report.pdf?token=${share.token}&lang=de`);
  check('and in German', germanPdf.status === 200 && germanPdf.headers.get('content-language') === 'de');
  fs.writeFileSync(new URL('report-service-de.pdf', out), Buffer.from(await germanPdf.arrayBuffer()));

  // 3. An organization's third quarter: the widget's result and the report say what changed since the
  // second, with the chart of the index over the three.
  const organization = `Trend Ltd ${Date.now()}`;
  const v2 = JSON.parse(fs.readFileSync(new URL('../../../examples/v2-worked-example-answers.json', import.meta.url)));
  const q1 = await api('POST', '/api/v1/assessments', { organization: { name: organization }, questionnaireVersion: 'v2', answers: v2 });
  await api('POST', `/api/v1/assessments/${q1.id}/submit`);
  const q2 = await api('POST', '/api/v1/assessments', { organization: { name: organization }, answers });
  await api('POST', `/api/v1/assessments/${q2.id}/submit`);
  const review = await api('POST', `/api/v1/organizations/${q2.organizationId}/assessments`, { from: 'latest' });
  const q3 = review.assessment;
  await api('PATCH', `/api/v1/assessments/${q3.id}/answers`, { 'reasoning.verification': 'always_independent', 'signals.decision_triggers': true, 'signals.review_cadence': 'quarterly' });
  const respondent = await api('POST', `/api/v1/assessments/${q3.id}/respondent-tokens`, {});
  await api('POST', `/api/v1/assessments/${q3.id}/submit`);
  const trendPage = await context.newPage();
  await embed(trendPage, q3.id, respondent.token);
  await widget(trendPage).getByRole('heading', { name: 'Since the last assessment' }).waitFor({ timeout: 15_000 });
  const sentence = await widget(trendPage).locator('.history p').textContent();
  check('the widget\'s result says what changed since the last assessment', /^Since the assessment of .* the index (fell|rose) by/.test(sentence), sentence);
  const trend = widget(trendPage).locator('img.trend');
  check('with the chart of the index over time', await trend.evaluate((img) => img.complete && img.naturalWidth > 0));
  await accessibility(trendPage, 'the result with its history');
  await trendPage.screenshot({ path: new URL('widget-trend.png', out).pathname, fullPage: true });
  const share3 = await api('POST', `/api/v1/assessments/${q3.id}/share-tokens`, {});
  const trendReport = await reportContext.newPage();
  await trendReport.goto(`${base}/api/v1/assessments/${q3.id}/report?token=${share3.token}`);
  check('the report of the third quarter says what changed since the second',
    (await trendReport.getByText(/^Since the assessment of/).count()) === 1);
  check('and charts the three', (await trendReport.locator('svg.trend circle').count()) === 3);
  await accessibility(trendReport, 'the report with its history');
  await trendReport.screenshot({ path: new URL('report-trend.png', out).pathname, fullPage: true });

  // 4. A consultant's portfolio: a tenant of its own with twelve client organizations of one industry
  // and size, three of them assessed twice; the printable page, and a client's report with its
  // percentiles among the eleven others.
  const tenant = await api('POST', '/api/v1/tenants', { name: `Northwind Consulting ${Date.now()}` });
  const consultant = tenant.adminKey;
  const clients = [];
  for (let i = 0; i < 12; i++) {
    const varied = { ...answers, 'reasoning.failure_impact': 1 + (i % 5), 'signals.review_cadence': i % 3 === 0 ? 'quarterly' : 'yearly',
      'llm.production_use': ['pilots', 'internal', 'supporting', 'core'][i % 4],
      'llm.vendor_readiness': ['switched', 'tested', 'same_provider', 'nothing'][(i + 1) % 4],
      'adapt.abstraction_layer': ['proven', 'untested', 'partial', 'direct'][(i + 2) % 4],
      'infra.move_time': ['under_1', '1_to_3', '3_to_12', '12_or_more'][(i + 3) % 4],
      'talent.long_term_share': ['20_or_more', '10_to_20', 'under_10', 'none'][i % 4],
      'signals.owner': ['named', 'informal', 'nobody'][i % 3] };
    const draft = await api('POST', '/api/v1/assessments',
      { organization: { name: `Client ${String.fromCharCode(65 + i)} Ltd`, industry: 'Manufacturing', size: '1000-5000' }, answers: varied }, consultant);
    clients.push(await api('POST', `/api/v1/assessments/${draft.id}/submit`, undefined, consultant));
  }
  let rose = 0;
  for (const [i, changes] of [[0, { 'reasoning.failure_impact': 5, 'signals.owner': 'nobody' }],
    [1, { 'infra.move_time': '12_or_more', 'adapt.abstraction_layer': 'direct' }],
    [4, { 'reasoning.failure_impact': 1, 'signals.owner': 'named' }]]) {
    const again = await api('POST', `/api/v1/organizations/${clients[i].organizationId}/assessments`, { from: 'latest' }, consultant);
    await api('PATCH', `/api/v1/assessments/${again.assessment.id}/answers`, changes, consultant);
    const latest = await api('POST', `/api/v1/assessments/${again.assessment.id}/submit`, undefined, consultant);
    if (latest.result.overallRisk > clients[i].result.overallRisk) rose++;
  }
  const portfolioContext = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true,
    extraHTTPHeaders: { Authorization: `Bearer ${consultant}` } });
  const portfolio = await portfolioContext.newPage();
  await portfolio.goto(`${base}/api/v1/portfolio/report`);
  check('the portfolio counts the twelve organizations', (await portfolio.locator('.figure').first().textContent()) === '12');
  check('with a bar of their bands', (await portfolio.locator('.bands .band').count()) >= 1);
  check('a box plot of the index and of each dimension', (await portfolio.locator('svg.boxes rect.box').count()) === 7);
  check(`and the ${rose} organizations that rose`, rose > 0
    && (await portfolio.locator('section[aria-labelledby="rising"] tbody tr').count()) === rose);
  await accessibility(portfolio, 'the portfolio');
  await portfolio.screenshot({ path: new URL('portfolio.png', out).pathname, fullPage: true });
  await portfolio.emulateMedia({ media: 'print' });
  const portfolioPdf = await portfolio.pdf({ path: new URL('portfolio.pdf', out).pathname, format: 'A4', printBackground: true });
  check('the portfolio prints to a PDF', portfolioPdf.length > 10_000, `${portfolioPdf.length} bytes`);
  const peerShare = await api('POST', `/api/v1/assessments/${clients[5].id}/share-tokens`, {}, consultant);
  const peerReport = await reportContext.newPage();
  await peerReport.goto(`${base}/api/v1/assessments/${clients[5].id}/report?token=${peerShare.token}`);
  check('a client\'s report places it among its eleven peers',
    (await peerReport.getByText(/^Among 11 other organizations in Manufacturing/).count()) === 1);
  await accessibility(peerReport, 'the report with its peers');
  await peerReport.locator('section[aria-labelledby="peers"]').screenshot({ path: new URL('report-peers.png', out).pathname });

  // 5. Several respondents, one assessment: the CTO and the CFO each open their own link in their own
  // browser, see their own role's questions only, and answer them; the CFO notes where an answer
  // comes from. A second finance opinion disagrees; the coordinator sees it, chooses, and submits.
  const roleAnswers = { ...answers };
  const questionnaire = await api('GET', '/api/v1/questionnaires/v3');
  const roleOf = Object.fromEntries(questionnaire.questions.map((q) => [q.id, q.respondent]));
  const coordinatorAnswers = Object.fromEntries(Object.entries(roleAnswers).filter(([id]) => !['CTO', 'FINANCE'].includes(roleOf[id])));
  const shared = await api('POST', '/api/v1/assessments', { organization: { name: `Two Roles Ltd ${Date.now()}` }, answers: coordinatorAnswers });
  const cto = await api('POST', `/api/v1/assessments/${shared.id}/respondent-tokens`, { role: 'CTO', name: 'Grace Hopper' });
  const cfo = await api('POST', `/api/v1/assessments/${shared.id}/respondent-tokens`, { role: 'FINANCE', name: 'Ada Lovelace' });
  const mountFor = async (token, existing) => {
    const rolePage = existing || await (await browser.newContext({ viewport: { width: 900, height: 900 } })).newPage();
    await embed(rolePage, shared.id, token);
    await widget(rolePage).locator('h2').waitFor();
    return rolePage;
  };
  const answerAll = async (rolePage) => {
    const steps = Number((await stepHeading(rolePage)).match(/of (\d+)/)[1]);
    for (let step = 1; step <= steps; step++) {
      await answerStep(rolePage);
      if (step < steps) await widget(rolePage).getByRole('button', { name: 'Next' }).click();
    }
    return steps;
  };
  const ctoPage = await mountFor(cto.token);
  const cfoPage = await mountFor(cfo.token);
  const cfoNote = await widget(cfoPage).locator('p.role').textContent();
  check('the CFO\'s widget says whom it answers for, and which roles are still to answer',
    cfoNote === 'You answer for Finance. 1 other role is still to answer: CTO.', cfoNote);
  const ctoQuestions = questionnaire.questions.filter((q) => q.respondent === 'CTO').map((q) => q.id);
  const shownToCto = await widget(ctoPage).locator('fieldset').evaluateAll((sets) => sets.map((set) => set.dataset.question));
  check('the CTO sees CTO questions only', shownToCto.length > 0 && shownToCto.every((id) => ctoQuestions.includes(id)), shownToCto.join(', '));
  const ctoSteps = await answerAll(ctoPage);
  await widget(ctoPage).getByRole('button', { name: 'Done' }).click();
  await widget(ctoPage).getByRole('heading', { name: 'Thank you' }).waitFor({ timeout: 15_000 });
  check(`the CTO answers in ${ctoSteps} steps and is thanked, the Finance role still to answer`,
    (await widget(ctoPage).locator('p.role').textContent()) === 'You answer for CTO. 1 other role is still to answer: Finance.');
  await accessibility(ctoPage, 'a role\'s thank-you');
  await ctoPage.screenshot({ path: new URL('roles-cto-done.png', out).pathname, fullPage: true });

  // The CFO's page, opened before the CTO said LLMs are at the core, shows the revenue question once opened again.
  await mountFor(cfo.token, cfoPage);
  const cfoSteps = await answerAll(cfoPage);
  const shownToCfo = await widget(cfoPage).locator('fieldset').evaluateAll((sets) => sets.map((set) => set.dataset.question));
  check('the CFO sees Finance questions only', shownToCfo.every((id) => roleOf[id] === 'FINANCE'), shownToCfo.join(', '));
  await widget(cfoPage).getByRole('button', { name: 'Back' }).click();
  for (let step = cfoSteps - 1; step > 1; step--) await widget(cfoPage).getByRole('button', { name: 'Back' }).click();
  await answerStep(cfoPage);
  const revenue = question(cfoPage, 'llm.revenue_share');
  check('the revenue question appears to the CFO once the CTO has answered', await revenue.isVisible());
  await revenue.locator('input.note').fill('From the 2026 budget, tab "AI revenue"');
  await revenue.locator('input.note').dispatchEvent('change');
  await saved(cfoPage);
  await accessibility(cfoPage, 'a role\'s questions with a note');
  await cfoPage.screenshot({ path: new URL('roles-cfo-step.png', out).pathname, fullPage: true });
  for (let step = 1; step < cfoSteps; step++) await widget(cfoPage).getByRole('button', { name: 'Next' }).click();
  await widget(cfoPage).getByRole('button', { name: 'Done' }).click();
  await widget(cfoPage).getByRole('heading', { name: 'Thank you' }).waitFor({ timeout: 15_000 });
  check('the CFO is done and every other role has answered',
    (await widget(cfoPage).locator('p.role').textContent()).includes('Every other role has answered.'));
  await cfoPage.screenshot({ path: new URL('roles-cfo-done.png', out).pathname, fullPage: true });

  const second = await api('POST', `/api/v1/assessments/${shared.id}/respondent-tokens`, { role: 'FINANCE', name: 'Second opinion' });
  const given = (await api('GET', `/api/v1/assessments/${shared.id}`)).answers['llm.revenue_share'];
  const other = given === 'none' ? 'under_10' : 'none';
  await api('PATCH', `/api/v1/assessments/${shared.id}/answers`, { 'llm.revenue_share': other }, second.token);
  const progress = await api('GET', `/api/v1/assessments/${shared.id}/progress`);
  check('a second finance opinion shows as a disagreement', progress.disagreements.length === 1
    && progress.disagreements[0].answers.map((a) => a.respondent.name).join() === 'Ada Lovelace,Second opinion', JSON.stringify(progress.disagreements));
  const refused = await fetch(`${base}/api/v1/assessments/${shared.id}/submit`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
  check('which submit refuses', refused.status === 422);
  await api('PUT', `/api/v1/assessments/${shared.id}/resolutions/llm.revenue_share`, { answer: given, note: 'The budget figure' });
  await api('POST', `/api/v1/assessments/${shared.id}/submit`);
  const rolesShare = await api('POST', `/api/v1/assessments/${shared.id}/share-tokens`, {});
  const rolesReport = await reportContext.newPage();
  await rolesReport.goto(`${base}/api/v1/assessments/${shared.id}/report?token=${rolesShare.token}`);
  check('the report shows the CFO\'s note beside the answer',
    (await rolesReport.getByText('Note: From the 2026 budget, tab "AI revenue" (Ada Lovelace, FINANCE)').count()) === 1);
  check('and the coordinator\'s choice', (await rolesReport.getByText('Note: The budget figure (the coordinator\'s choice)').count()) === 1);
  await rolesReport.locator('.dimension').first().screenshot({ path: new URL('report-notes.png', out).pathname });

  // 6. The widget where things go wrong: a respondent over its rate limit gets the questionnaire once
  // Retry-After has passed; a portal whose origin the service does not allow is told so.
  const busy = await api('POST', '/api/v1/assessments', { organization: { name: `Busy Ltd ${Date.now()}` } });
  const busyToken = await api('POST', `/api/v1/assessments/${busy.id}/respondent-tokens`, {});
  let limited = 0;
  for (let i = 0; i < 40 && limited === 0; i++) {
    const response = await fetch(`${base}/api/v1/assessments/${busy.id}`, { headers: { Authorization: `Bearer ${busyToken.token}` } });
    if (response.status === 429) limited++;
  }
  check('the respondent token is over its rate limit', limited > 0);
  const busyPage = await context.newPage();
  await embed(busyPage, busy.id, busyToken.token);
  await widget(busyPage).locator('h2').waitFor({ timeout: 30_000 });
  check('the widget waits as Retry-After says and then shows the questionnaire', (await stepHeading(busyPage)) === 'Step 1 of 6');
  const otherOrigin = base.replace('127.0.0.1', 'localhost');
  const foreign = await context.newPage();
  await embed(foreign, busy.id, busyToken.token, otherOrigin);
  const refusal = widget(foreign).getByRole('alert');
  await refusal.waitFor({ timeout: 15_000 });
  const said = await refusal.textContent();
  check('on an origin the service does not allow, the widget says so', said.includes('may not be allowed') && said.includes('AIRISK_CORS_ORIGINS'), said);
  await foreign.screenshot({ path: new URL('widget-origin-refused.png', out).pathname, fullPage: true });

  // 7. The widget in a German portal (the page's language, no attribute), on a phone and at desktop
  // width, through to the result; and in French by its own lang attribute.
  const german = await api('GET', '/api/v1/questionnaires/current?lang=de');
  const de = await api('POST', '/api/v1/assessments', { organization: { name: `Deutsch GmbH ${Date.now()}` } });
  const deToken = await api('POST', `/api/v1/assessments/${de.id}/respondent-tokens`, {});
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const dePage = await phone.newPage();
  await embed(dePage, de.id, deToken.token, base, { pageLang: 'de-DE' });
  await widget(dePage).locator('h2').waitFor();
  check('in a German page the widget says "Schritt 1 von 6"', (await stepHeading(dePage)) === 'Schritt 1 von 6', await stepHeading(dePage));
  check('with the questionnaire\'s German texts', (await widget(dePage).locator('h2').textContent()) === german.dimensions[0].name);
  check('and German buttons', (await widget(dePage).getByRole('button', { name: 'Weiter' }).count()) === 1);
  await question(dePage, 'llm.production_use').locator('input[value=core]').check();
  await saved(dePage);
  check('the widget does not scroll sideways at 375 px', !(await overflows(dePage)));
  await accessibility(dePage, 'the German widget at 375 px');
  await dePage.screenshot({ path: new URL('widget-de-375.png', out).pathname, fullPage: true });
  for (let step = 1; step <= 6; step++) {
    await answerStep(dePage);
    if (step < 6) await widget(dePage).getByRole('button', { name: 'Weiter' }).click();
  }
  await widget(dePage).getByRole('button', { name: 'Einreichen' }).click();
  await widget(dePage).getByRole('heading', { name: 'Ihr Ergebnis' }).waitFor({ timeout: 15_000 });
  const deResult = (await api('GET', `/api/v1/assessments/${de.id}`)).result;
  const deIndex = await widget(dePage).locator('.index').textContent();
  check('the result\'s index is written the German way', deIndex === deResult.overallRisk.toFixed(1).replace('.', ','), deIndex);
  const deBand = await widget(dePage).locator('.band').textContent();
  check('its band in German', ['Niedrig', 'Mäßig', 'Hoch', 'Kritisch'].includes(deBand), deBand);
  const firstStep = deResult.recommendations[0];
  const germanTitle = german.recommendations.find((r) => r.id === firstStep.id).title;
  check('the plan in German', (await widget(dePage).locator('ol.plan li strong').first().textContent()) === germanTitle);
  check('the result does not scroll sideways at 375 px', !(await overflows(dePage)));
  await dePage.screenshot({ path: new URL('widget-de-result-375.png', out).pathname, fullPage: true });
  const desk = await context.newPage();
  await desk.setViewportSize({ width: 1280, height: 900 });
  await embed(desk, de.id, deToken.token, base, { pageLang: 'de' });
  await widget(desk).getByRole('heading', { name: 'Ihr Ergebnis' }).waitFor({ timeout: 15_000 });
  await accessibility(desk, 'the German result at desktop width');
  await desk.screenshot({ path: new URL('widget-de-result-1280.png', out).pathname, fullPage: true });
  const frPage = await context.newPage();
  await embed(frPage, busy.id, busyToken.token, base, { attributes: { lang: 'fr' }, pageLang: 'de' });
  await widget(frPage).locator('h2').waitFor({ timeout: 30_000 });
  check('its own lang attribute wins over the page\'s: "Étape 1 sur 6"', (await stepHeading(frPage)) === 'Étape 1 sur 6', await stepHeading(frPage));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`${failures.length} browser checks failed`);
  process.exit(1);
}
