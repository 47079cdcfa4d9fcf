// <ai-risk-assessment api="https://risk.example" assessment="UUID" token="art_..." [lang="de"] [autofocus]></ai-risk-assessment>
//
// The questionnaire of one assessment, for a portal: one step per dimension, saved as the
// respondent goes, submitted, and the result shown. With a token that answers for a role, only
// that role's questions, and no submit: the coordinator submits once every role has answered. Plain JavaScript in a shadow root, so that the
// portal's CSS cannot reach it; themed through CSS custom properties (--ai-risk-accent,
// --ai-risk-ink, --ai-risk-muted, --ai-risk-surface, --ai-risk-font, --ai-risk-radius). It calls
// the service's API and nothing else. In English, German or French: its `lang` attribute, else the
// language of the page around it (the nearest `lang`), else English; the questionnaire's texts come
// in that language from the service, numbers and dates are written for it.

const STYLE = `
:host { display: block; font: 15px/1.5 var(--ai-risk-font, system-ui, sans-serif); color: var(--ai-risk-ink, #1f2328);
  --accent: var(--ai-risk-accent, #0b57d0); --muted: var(--ai-risk-muted, #57606a); --surface: var(--ai-risk-surface, #ffffff);
  --radius: var(--ai-risk-radius, 8px); }
.card { background: var(--surface); border: 1px solid #d0d7de; border-radius: var(--radius); padding: 1.25rem 1.5rem; }
h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
h2:focus { outline: none; }
.muted { color: var(--muted); }
.progress { height: 8px; background: #eaeef2; border-radius: 4px; overflow: hidden; margin: .5rem 0 1rem; }
.progress > div { height: 100%; background: var(--accent); transition: width .2s; }
fieldset { border: 0; margin: 0 0 1.25rem; padding: 0; }
legend { font-weight: 600; margin-bottom: .25rem; padding: 0; }
.help { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
label.choice { display: flex; gap: .5rem; align-items: flex-start; padding: .3rem .4rem; border-radius: 6px; cursor: pointer; }
label.choice:hover { background: #f6f8fa; }
label.choice input { margin-top: .3rem; accent-color: var(--accent); }
label.unknown { color: var(--muted); font-style: italic; }
label.note { display: block; color: var(--muted); font-size: .85rem; margin: .4rem 0 .15rem .4rem; }
input.note { font: inherit; font-size: .9rem; width: calc(100% - 1rem); margin-left: .4rem; padding: .3rem .4rem; border: 1px solid #d0d7de; border-radius: 6px; }
.error { color: #b3261e; font-size: .9rem; margin: .25rem 0 0; }
.alert { border-left: 4px solid #b3261e; background: #fdecea; padding: .5rem .75rem; margin: 0 0 1rem; }
.actions { display: flex; gap: .75rem; align-items: center; margin-top: 1rem; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; padding: .5rem 1.1rem; border: 1px solid var(--accent); background: var(--surface); color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
button:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button[disabled] { opacity: .5; cursor: default; }
.status { margin-left: auto; font-size: .9rem; color: var(--muted); }
.band { display: inline-block; color: #fff; font-weight: 700; padding: .2rem .8rem; border-radius: 6px; background: #555; }
.band[data-band="LOW"] { background: #2e7d32; } .band[data-band="MODERATE"] { background: #8a6d00; }
.band[data-band="HIGH"] { background: #c0392b; } .band[data-band="CRITICAL"] { background: #7b1fa2; }
.index { font-size: 2.2rem; font-weight: 700; margin: .25rem 0; }
.radar { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
.trend { max-width: 100%; height: auto; display: block; margin: 0.5rem 0 1rem; }
ol.plan li { margin-bottom: .6rem; }
.role { border-left: 4px solid var(--accent); padding: .25rem .75rem; margin: 0 0 .75rem; background: #f6f8fa; }
`;

const UNKNOWN = 'unknown';

// Every word the widget writes itself, by language; the questionnaire's own texts come from the service.
const MESSAGES = {
  en: {
    busy: (s) => `Busy: trying again in ${s} s`,
    unreachable: (api, origin) => `The assessment service at ${api} could not be reached from this page.`
      + ` If it is running, this page's origin (${origin}) may not be allowed to call it:`
      + ' its operator lists the allowed origins in AIRISK_CORS_ORIGINS.',
    answered: (status) => `The service answered ${status}`,
    submittedThanks: 'The assessment has been submitted. Thank you for your answers.',
    step: (n, of) => `Step ${n} of ${of}`,
    progress: 'Questions answered',
    nothingHere: 'Nothing to answer here with the answers given so far.',
    back: 'Back', next: 'Next', done: 'Done', submit: 'Submit',
    optional: ' (optional)', yes: 'Yes', no: 'No', unknown: "Don't know",
    note: 'Note or evidence (optional)',
    saving: 'Saving…', saved: 'Saved', notSaved: 'Not saved',
    allAnswered: 'Every other role has answered.',
    waiting: (n, roles) => `${n} other ${n === 1 ? 'role is' : 'roles are'} still to answer: ${roles}.`,
    youAnswerFor: (role) => `You answer for ${role}.`,
    notAllAnswered: 'Some of your questions are not answered yet.',
    pleaseAnswer: 'Please answer this question.',
    finishedThanks: 'Your answers are saved. The coordinator submits the assessment once every role has answered; you may come back and change them until then.',
    thanks: 'Thank you', review: 'Review my answers', wrong: 'Something went wrong',
    result: 'Your result', indexMeaning: 'Overall risk index, from 0 to 100',
    unknownRange: (n, low, high) => `${n} ${n === 1 ? 'answer' : 'answers'} unknown: the index lies between ${low} and ${high} once they are known.`,
    radarAlt: (scores) => `Risk by dimension: ${scores}`,
    noChart: 'The chart could not be loaded.',
    plan: 'Improvement plan', points: (p) => `(−${p} points)`,
    effort: (e) => `Effort: ${{ LOW: 'weeks', MEDIUM: 'a quarter or two', HIGH: 'a year or more' }[e] || e}`,
    tradeOff: (t) => `Trade-off: ${t}`, noStep: 'No step is called for.',
    since: 'Since the last assessment', trendAlt: (points) => `Overall risk index over time: ${points}`,
    noHistory: 'The history could not be loaded.',
    bands: { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', CRITICAL: 'Critical' },
    roles: { CTO: 'CTO', HEAD_OF_AI: 'Head of AI', FINANCE: 'Finance', PROCUREMENT: 'Procurement', RESEARCH: 'Research', PRODUCT: 'Product' },
  },
  de: {
    busy: (s) => `Ausgelastet: neuer Versuch in ${s} s`,
    unreachable: (api, origin) => `Der Bewertungsdienst unter ${api} ist von dieser Seite aus nicht erreichbar.`
      + ` Falls er läuft, darf diese Seite (${origin}) ihn womöglich nicht aufrufen:`
      + ' sein Betreiber führt die erlaubten Origins in AIRISK_CORS_ORIGINS.',
    answered: (status) => `Der Dienst antwortete mit ${status}`,
    submittedThanks: 'Die Bewertung ist eingereicht. Vielen Dank für Ihre Antworten.',
    step: (n, of) => `Schritt ${n} von ${of}`,
    progress: 'Beantwortete Fragen',
    nothingHere: 'Nach den bisherigen Antworten ist hier nichts zu beantworten.',
    back: 'Zurück', next: 'Weiter', done: 'Fertig', submit: 'Einreichen',
    optional: ' (optional)', yes: 'Ja', no: 'Nein', unknown: 'Weiß nicht',
    note: 'Anmerkung oder Beleg (optional)',
    saving: 'Wird gespeichert …', saved: 'Gespeichert', notSaved: 'Nicht gespeichert',
    allAnswered: 'Alle anderen Rollen haben geantwortet.',
    waiting: (n, roles) => `${n === 1 ? 'Eine weitere Rolle muss' : `${n} weitere Rollen müssen`} noch antworten: ${roles}.`,
    youAnswerFor: (role) => `Sie antworten für ${role}.`,
    notAllAnswered: 'Einige Ihrer Fragen sind noch nicht beantwortet.',
    pleaseAnswer: 'Bitte beantworten Sie diese Frage.',
    finishedThanks: 'Ihre Antworten sind gespeichert. Die Koordination reicht die Bewertung ein, sobald jede Rolle geantwortet hat; bis dahin können Sie Ihre Antworten noch ändern.',
    thanks: 'Vielen Dank', review: 'Meine Antworten ansehen', wrong: 'Etwas ist schiefgegangen',
    result: 'Ihr Ergebnis', indexMeaning: 'Gesamtrisikoindex, von 0 bis 100',
    unknownRange: (n, low, high) => `${n} ${n === 1 ? 'Antwort' : 'Antworten'} unbekannt: Der Index liegt zwischen ${low} und ${high}, sobald sie bekannt sind.`,
    radarAlt: (scores) => `Risiko je Dimension: ${scores}`,
    noChart: 'Das Diagramm konnte nicht geladen werden.',
    plan: 'Verbesserungsplan', points: (p) => `(−${p} Punkte)`,
    effort: (e) => `Aufwand: ${{ LOW: 'Wochen', MEDIUM: 'ein bis zwei Quartale', HIGH: 'ein Jahr oder mehr' }[e] || e}`,
    tradeOff: (t) => `Zielkonflikt: ${t}`, noStep: 'Kein Schritt ist nötig.',
    since: 'Seit der letzten Bewertung', trendAlt: (points) => `Gesamtrisikoindex im Zeitverlauf: ${points}`,
    noHistory: 'Der Verlauf konnte nicht geladen werden.',
    bands: { LOW: 'Niedrig', MODERATE: 'Mäßig', HIGH: 'Hoch', CRITICAL: 'Kritisch' },
    roles: { CTO: 'CTO', HEAD_OF_AI: 'KI-Leitung', FINANCE: 'Finanzen', PROCUREMENT: 'Einkauf', RESEARCH: 'Forschung', PRODUCT: 'Produkt' },
  },
  fr: {
    busy: (s) => `Service occupé : nouvel essai dans ${s} s`,
    unreachable: (api, origin) => `Le service d'évaluation à ${api} est injoignable depuis cette page.`
      + ` S'il fonctionne, l'origine de cette page (${origin}) n'est peut-être pas autorisée à l'appeler :`
      + ' son exploitant liste les origines autorisées dans AIRISK_CORS_ORIGINS.',
    answered: (status) => `Le service a répondu ${status}`,
    submittedThanks: "L'évaluation a été soumise. Merci pour vos réponses.",
    step: (n, of) => `Étape ${n} sur ${of}`,
    progress: 'Questions répondues',
    nothingHere: "Rien à répondre ici d'après les réponses données jusqu'ici.",
    back: 'Retour', next: 'Suivant', done: 'Terminé', submit: 'Soumettre',
    optional: ' (facultatif)', yes: 'Oui', no: 'Non', unknown: 'Je ne sais pas',
    note: 'Note ou justificatif (facultatif)',
    saving: 'Enregistrement…', saved: 'Enregistré', notSaved: 'Non enregistré',
    allAnswered: 'Tous les autres rôles ont répondu.',
    waiting: (n, roles) => `${n === 1 ? 'Un autre rôle doit' : `${n} autres rôles doivent`} encore répondre : ${roles}.`,
    youAnswerFor: (role) => `Vous répondez pour ${role}.`,
    notAllAnswered: "Certaines de vos questions n'ont pas encore de réponse.",
    pleaseAnswer: 'Veuillez répondre à cette question.',
    finishedThanks: "Vos réponses sont enregistrées. Le coordinateur soumet l'évaluation dès que chaque rôle a répondu ; d'ici là, vous pouvez revenir les modifier.",
    thanks: 'Merci', review: 'Revoir mes réponses', wrong: "Une erreur s'est produite",
    result: 'Votre résultat', indexMeaning: 'Indice de risque global, de 0 à 100',
    unknownRange: (n, low, high) => `${n} ${n === 1 ? 'réponse inconnue' : 'réponses inconnues'} : une fois ${n === 1 ? 'celle-ci connue' : 'celles-ci connues'}, l'indice se situera entre ${low} et ${high}.`,
    radarAlt: (scores) => `Risque par dimension : ${scores}`,
    noChart: "Le graphique n'a pas pu être chargé.",
    plan: "Plan d'amélioration", points: (p) => `(−${p} points)`,
    effort: (e) => `Effort : ${{ LOW: 'quelques semaines', MEDIUM: 'un à deux trimestres', HIGH: 'un an ou plus' }[e] || e}`,
    tradeOff: (t) => `Contrepartie : ${t}`, noStep: "Aucune étape n'est nécessaire.",
    since: 'Depuis la dernière évaluation', trendAlt: (points) => `Indice de risque global dans le temps : ${points}`,
    noHistory: "L'historique n'a pas pu être chargé.",
    bands: { LOW: 'Faible', MODERATE: 'Modéré', HIGH: 'Élevé', CRITICAL: 'Critique' },
    roles: { CTO: 'CTO', HEAD_OF_AI: 'Direction IA', FINANCE: 'Finance', PROCUREMENT: 'Achats', RESEARCH: 'Recherche', PRODUCT: 'Produit' },
  },
};

class AiRiskAssessment extends HTMLElement {
  #root;
  #questionnaire;
  #assessment;
  #answers = {};
  #step = 0;
  #errors = {};
  #pending = {};
  #saveTimer = null;
  #saving = Promise.resolve();
  #statusText = '';
  #role = null;
  #waiting = [];
  #notes = {};

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.#load().catch((error) => this.#fail(error));
  }

  get #api() { return (this.getAttribute('api') || '').replace(/\/$/, ''); }
  get #id() { return this.getAttribute('assessment'); }
  get #stepKey() { return `ai-risk-step:${this.#id}`; }

  // Its `lang` attribute, else the page's language around it, if offered; else English.
  get #lang() {
    const tag = (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '').toLowerCase().split('-')[0];
    return Object.hasOwn(MESSAGES, tag) ? tag : 'en';
  }

  get #t() { return MESSAGES[this.#lang]; }

  // A number with one decimal, written for the language (61,6 in German).
  #number(value) {
    return new Intl.NumberFormat(this.#lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }

  #roleName(role) { return this.#t.roles[role] || role; }

  // One call to the API. A 429 or 503 changed nothing and says when to come back (Retry-After): the
  // call is made again then, up to three times, waiting at most 30 seconds each time.
  async #request(method, path, body) {
    for (let attempt = 1; ; attempt++) {
      const response = await this.#fetch(method, path, body);
      const wait = Number(response.headers.get('Retry-After'));
      if ((response.status === 429 || response.status === 503) && attempt < 4 && wait >= 0 && wait <= 30) {
        this.#statusText = this.#t.busy(Math.max(1, wait));
        this.#root.querySelectorAll('.status').forEach((status) => { status.textContent = this.#statusText; });
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait) * 1000));
        continue;
      }
      return this.#read(response);
    }
  }

  async #fetch(method, path, body) {
    try {
      return await fetch(this.#api + path, {
        method,
        headers: { Authorization: `Bearer ${this.getAttribute('token')}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      // The browser says no more than this: the service is down, unreachable, or refuses this page's origin.
      throw new Error(this.#t.unreachable(this.#api || location.origin, location.origin));
    }
  }

  async #read(response) {
    const type = response.headers.get('Content-Type') || '';
    const content = type.includes('json') ? await response.json() : await response.blob();
    if (!response.ok) {
      const problem = type.includes('json') ? content : { detail: this.#t.answered(response.status) };
      throw Object.assign(new Error(problem.detail || problem.title), { problem, status: response.status });
    }
    return content;
  }

  async #load() {
    this.#assessment = await this.#request('GET', `/api/v1/assessments/${encodeURIComponent(this.#id)}`);
    this.#answers = { ...(this.#assessment.answers || {}) };
    // The result names the plan's references from the questionnaire too.
    this.#questionnaire = await this.#request('GET', `/api/v1/questionnaires/${encodeURIComponent(this.#assessment.questionnaireVersion)}?lang=${this.#lang}`);
    await this.#loadProgress();
    if (this.#role && this.#assessment.status !== 'DRAFT') {
      return this.#showThanks(this.#t.submittedThanks);
    }
    if (this.#assessment.status !== 'DRAFT') {
      return this.#showResult();
    }
    const saved = Number(sessionStorage.getItem(this.#stepKey));
    this.#step = Number.isInteger(saved) && saved < this.#dimensions().length ? saved : 0;
    // Opened by the respondent's own action (the portal sets autofocus): the focus goes to the first step.
    this.#render(this.hasAttribute('autofocus'));
  }

  // Which role the token answers for, if any, and which other roles still have questions to answer.
  // Without it the widget shows nothing rather than every question to a token that answers for a role.
  async #loadProgress() {
    const progress = await this.#request('GET', `/api/v1/assessments/${encodeURIComponent(this.#id)}/progress`);
    this.#role = progress.you || null;
    this.#notes = Object.fromEntries((progress.notes || []).filter((n) => !n.resolution).map((n) => [n.questionId, n.note]));
    this.#waiting = (progress.roles || [])
      .filter((row) => row.role !== this.#role && row.answered < row.visible)
      .map((row) => row.role);
  }

  // The questions this respondent answers: its role's, or all of them.
  #mine(question) {
    return !this.#role || question.respondent === this.#role;
  }

  // The steps: every dimension, or for a role those that hold one of its questions.
  #dimensions() {
    return this.#questionnaire.dimensions.filter((d) => this.#questionnaire.questions.some((q) => q.dimension === d.id && this.#mine(q)));
  }

  #visible(question) {
    const condition = question.showIf;
    if (!condition) return true;
    const answer = this.#answers[condition.questionId];
    const given = Array.isArray(answer) ? answer : [answer];
    return given.some((value) => condition.anyOf.some((wanted) => String(wanted) === String(value)));
  }

  #questions(dimension) {
    return this.#questionnaire.questions.filter((q) => q.dimension === dimension.id && this.#mine(q) && this.#visible(q));
  }

  #progress() {
    const required = this.#questionnaire.questions.filter((q) => q.required && this.#mine(q) && this.#visible(q));
    const answered = required.filter((q) => this.#answers[q.id] !== undefined);
    return required.length === 0 ? 1 : answered.length / required.length;
  }

  #render(focusHeading = false) {
    // The form is drawn anew: the control that had the focus gets it back.
    const focused = this.#root.activeElement;
    const keep = focused && focused.name ? [focused.name, focused.value] : null;
    const dimensions = this.#dimensions();
    const dimension = dimensions[this.#step];
    const card = element('form', { class: 'card', novalidate: '' });
    card.addEventListener('submit', (event) => event.preventDefault());
    if (this.#role) card.append(this.#roleNote());
    card.append(
      element('p', { class: 'muted' }, this.#t.step(this.#step + 1, dimensions.length)),
      element('h2', { tabindex: '-1' }, dimension.name),
    );
    if (dimension.description) card.append(element('p', { class: 'help' }, dimension.description));
    const percent = Math.round(this.#progress() * 100);
    const bar = element('div', { class: 'progress', role: 'progressbar', 'aria-label': this.#t.progress,
      'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent) }, element('div'));
    bar.firstChild.style.width = `${percent}%`;
    card.append(bar);
    if (this.#errors._detail) card.append(element('div', { class: 'alert', role: 'alert' }, this.#errors._detail));
    const questions = this.#questions(dimension);
    for (const question of questions) card.append(this.#field(question));
    if (questions.length === 0) card.append(element('p', { class: 'muted' }, this.#t.nothingHere));

    const actions = element('div', { class: 'actions' });
    const back = element('button', { type: 'button' }, this.#t.back);
    back.disabled = this.#step === 0;
    back.addEventListener('click', () => this.#go(this.#step - 1));
    actions.append(back);
    if (this.#step < dimensions.length - 1) {
      const next = element('button', { type: 'button', class: 'primary' }, this.#t.next);
      next.addEventListener('click', () => this.#go(this.#step + 1));
      actions.append(next);
    } else if (this.#role) {
      const done = element('button', { type: 'button', class: 'primary' }, this.#t.done);
      done.addEventListener('click', () => this.#finish());
      actions.append(done);
    } else {
      const submit = element('button', { type: 'button', class: 'primary' }, this.#t.submit);
      submit.addEventListener('click', () => this.#submit());
      actions.append(submit);
    }
    actions.append(element('span', { class: 'status', role: 'status', 'aria-live': 'polite' }, this.#statusText || ''));
    card.append(actions);
    this.#root.replaceChildren(element('style', {}, STYLE), card);
    if (focusHeading) {
      this.#root.querySelector('h2').focus();
    } else if (keep) {
      const again = [...this.#root.querySelectorAll('input')].find((i) => i.name === keep[0] && (i.type === 'number' || i.type === 'text' || i.value === keep[1]));
      if (again) again.focus();
    }
  }

  #field(question) {
    const fieldset = element('fieldset', { 'data-question': question.id });
    const legendId = `q-${question.id}`;
    fieldset.append(element('legend', { id: legendId }, question.text + (question.required ? '' : this.#t.optional)));
    if (question.help) {
      fieldset.append(element('p', { class: 'help', id: `${legendId}-help` }, question.help));
      fieldset.setAttribute('aria-describedby', `${legendId}-help`);
    }
    const answer = this.#answers[question.id];
    const name = `answer-${question.id}`;
    const choice = (type, value, label, checked, extraClass) => {
      const input = element('input', { type, name, value: String(value) });
      input.checked = checked;
      input.addEventListener('change', () => this.#changed(question, type, value, input.checked));
      return element('label', { class: `choice ${extraClass || ''}` }, input, element('span', {}, label));
    };
    switch (question.type) {
      case 'SINGLE_CHOICE':
        for (const option of question.options) fieldset.append(choice('radio', option.id, option.label, answer === option.id));
        break;
      case 'MULTI_CHOICE':
        for (const option of question.options) {
          fieldset.append(choice('checkbox', option.id, option.label, Array.isArray(answer) && answer.includes(option.id)));
        }
        break;
      case 'SCALE': {
        const labels = new Map((question.anchors || []).map((anchor) => [anchor.value, anchor.label]));
        for (let value = question.min; value <= question.max; value++) {
          fieldset.append(choice('radio', value, labels.has(value) ? `${value}: ${labels.get(value)}` : String(value), answer === value));
        }
        break;
      }
      case 'BOOLEAN':
        fieldset.append(choice('radio', true, this.#t.yes, answer === true), choice('radio', false, this.#t.no, answer === false));
        break;
      default: {
        const input = element('input', { type: 'number', name, 'aria-labelledby': legendId, step: 'any' });
        if (question.min !== undefined) input.min = question.min;
        if (question.max !== undefined) input.max = question.max;
        if (typeof answer === 'number') input.value = answer;
        input.addEventListener('change', () => this.#changed(question, 'number', input.value === '' ? null : Number(input.value), true));
        fieldset.append(element('label', { class: 'choice' }, input, element('span', {}, question.unit || '')));
      }
    }
    if (question.allowsUnknown) {
      const type = question.type === 'MULTI_CHOICE' ? 'checkbox' : 'radio';
      fieldset.append(choice(type, UNKNOWN, this.#t.unknown, answer === UNKNOWN, 'unknown'));
    }
    if (answer !== undefined) {
      // A note on the answer: where it comes from, such as a contract. Saved with the answers.
      const noteId = `${legendId}-note`;
      const note = element('input', { type: 'text', id: noteId, name: `note-${question.id}`, maxlength: '500', class: 'note' });
      note.value = this.#notes[question.id] || '';
      note.addEventListener('change', () => this.#noted(question.id, note.value.trim()));
      fieldset.append(element('label', { class: 'note', for: noteId }, this.#t.note), note);
    }
    if (this.#errors[question.id]) {
      const id = `${legendId}-error`;
      fieldset.append(element('p', { class: 'error', id }, this.#errors[question.id]));
      fieldset.setAttribute('aria-describedby', [fieldset.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      fieldset.setAttribute('aria-invalid', 'true');
    }
    return fieldset;
  }

  #changed(question, type, value, checked) {
    let answer;
    if (value === UNKNOWN) {
      answer = checked ? UNKNOWN : null;
    } else if (type === 'checkbox') {
      const current = Array.isArray(this.#answers[question.id]) ? this.#answers[question.id] : [];
      const option = question.options.find((o) => o.id === value);
      if (!checked) answer = current.filter((id) => id !== value);
      else if (option && option.exclusive) answer = [value];
      else answer = [...current.filter((id) => !question.options.find((o) => o.id === id && o.exclusive)), value];
      if (answer.length === 0) answer = null;
    } else {
      answer = value;
    }
    this.#set(question.id, answer);
    // An answer may hide questions answered earlier: their answers go too, or the API refuses them.
    for (const other of this.#questionnaire.questions) {
      if (this.#mine(other) && this.#answers[other.id] !== undefined && !this.#visible(other)) this.#set(other.id, null);
    }
    delete this.#errors[question.id];
    this.#statusText = this.#t.saving;
    this.#render();
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), 300);
  }

  #set(id, answer) {
    if (answer === null) {
      delete this.#answers[id];
      delete this.#notes[id]; // the service forgets a note with its answer
    } else {
      this.#answers[id] = answer;
    }
    this.#pending[id] = answer;
  }

  // A note is saved after the answers waiting to be saved, since it belongs to the answer.
  #noted(id, text) {
    if ((this.#notes[id] || '') === text) return;
    if (text) this.#notes[id] = text;
    else delete this.#notes[id];
    this.#statusText = this.#t.saving;
    this.#save();
    this.#saving = this.#saving
      .then(() => this.#request('PATCH', `/api/v1/assessments/${encodeURIComponent(this.#id)}/notes`, { [id]: text || null }))
      .then(() => { this.#statusText = this.#t.saved; delete this.#errors._detail; })
      .catch((error) => { this.#problem(error); this.#statusText = this.#t.notSaved; })
      .then(() => this.#render());
  }

  #save() {
    clearTimeout(this.#saveTimer);
    const changes = this.#pending;
    this.#pending = {};
    if (Object.keys(changes).length === 0) return this.#saving;
    this.#saving = this.#saving
      .then(() => this.#request('PATCH', `/api/v1/assessments/${encodeURIComponent(this.#id)}/answers`, changes))
      .then(() => { this.#statusText = this.#t.saved; delete this.#errors._detail; })
      .catch((error) => { this.#problem(error); this.#statusText = this.#t.notSaved; })
      .then(() => this.#render());
    return this.#saving;
  }

  #go(step) {
    this.#step = Math.max(0, Math.min(step, this.#dimensions().length - 1));
    sessionStorage.setItem(this.#stepKey, String(this.#step));
    this.#render(true);
  }

  async #submit() {
    await this.#save();
    try {
      this.#assessment = await this.#request('POST', `/api/v1/assessments/${encodeURIComponent(this.#id)}/submit`);
      sessionStorage.removeItem(this.#stepKey);
      await this.#showResult();
    } catch (error) {
      this.#problem(error);
      const first = this.#questionnaire.questions.find((q) => this.#errors[q.id]);
      if (first) this.#step = this.#dimensions().findIndex((d) => d.id === first.dimension);
      this.#render(true);
    }
  }

  // Which role this respondent answers for, and how many other roles are still to answer.
  #roleNote() {
    const others = this.#waiting.length;
    const waiting = others === 0
      ? this.#t.allAnswered
      : this.#t.waiting(others, this.#waiting.map((r) => this.#roleName(r)).join(', '));
    return element('p', { class: 'role' }, element('strong', {}, this.#t.youAnswerFor(this.#roleName(this.#role))), ` ${waiting}`);
  }

  // A respondent with a role saves and is done: the coordinator submits once every role has answered.
  async #finish() {
    await this.#save();
    if (this.#errors._detail) return this.#render(true);
    const missing = this.#questionnaire.questions.find((q) => q.required && this.#mine(q) && this.#visible(q) && this.#answers[q.id] === undefined);
    if (missing) {
      this.#errors = { _detail: this.#t.notAllAnswered, [missing.id]: this.#t.pleaseAnswer };
      this.#step = this.#dimensions().findIndex((d) => d.id === missing.dimension);
      return this.#render(true);
    }
    sessionStorage.removeItem(this.#stepKey);
    await this.#loadProgress().catch(() => {}); // the thanks stand without fresh counts
    this.#showThanks(this.#t.finishedThanks);
  }

  #showThanks(text) {
    const card = element('section', { class: 'card', 'aria-labelledby': 'thanks' });
    card.append(element('h2', { id: 'thanks', tabindex: '-1' }, this.#t.thanks), element('p', {}, text));
    if (this.#role) card.append(this.#roleNote());
    if (this.#assessment.status === 'DRAFT') {
      const again = element('button', { type: 'button' }, this.#t.review);
      again.addEventListener('click', () => { this.#step = 0; this.#render(true); });
      card.append(element('div', { class: 'actions' }, again));
    }
    this.#root.replaceChildren(element('style', {}, STYLE), card);
    card.querySelector('h2').focus();
    this.dispatchEvent(new CustomEvent('ai-risk-answered', { detail: { id: this.#id, role: this.#role }, bubbles: true, composed: true }));
  }

  #problem(error) {
    const problem = error.problem || { detail: error.message };
    this.#errors = { _detail: problem.detail || this.#t.wrong };
    for (const fault of problem.errors || []) this.#errors[fault.field] = fault.message;
  }

  async #showResult() {
    const t = this.#t;
    const result = this.#assessment.result;
    const card = element('section', { class: 'card', 'aria-labelledby': 'result' });
    card.append(element('h2', { id: 'result', tabindex: '-1' }, t.result));
    card.append(element('p', {}, element('span', { class: 'band', 'data-band': result.band }, t.bands[result.band] || result.band)));
    card.append(element('p', { class: 'index' }, this.#number(result.overallRisk)),
      element('p', { class: 'muted' }, t.indexMeaning));
    if (result.unknownCount > 0 && result.range) {
      card.append(element('p', { class: 'muted' },
        t.unknownRange(result.unknownCount, this.#number(result.range.low), this.#number(result.range.high))));
    }
    try {
      const svg = await this.#request('GET', `/api/v1/assessments/${encodeURIComponent(this.#id)}/radar?lang=${this.#lang}`);
      const names = new Map(this.#questionnaire.dimensions.map((d) => [d.id, d.name]));
      const dimensions = result.dimensions.map((d) => `${names.get(d.id) || d.id} ${this.#number(d.score)}`).join(', ');
      card.append(element('img', { class: 'radar', src: URL.createObjectURL(svg), alt: t.radarAlt(dimensions) }));
    } catch (error) {
      card.append(element('p', { class: 'muted' }, t.noChart));
    }
    await this.#showHistory(card);
    card.append(element('h3', {}, t.plan));
    const plan = element('ol', { class: 'plan' });
    // The plan's words in the widget's language: the questionnaire's recommendation of the same id.
    const rules = new Map((this.#questionnaire.recommendations || []).map((r) => [r.id, r]));
    for (const step of result.recommendations) {
      const words = rules.get(step.id) || step;
      const item = element('li', {}, element('strong', {}, words.title),
        element('span', { class: 'muted' }, ` ${t.points(this.#number(step.expectedRiskReduction))}`));
      const reference = (this.#questionnaire.references || []).find((r) => r.id === step.reference);
      if (step.reference) item.append(element('div', { class: 'muted' }, reference ? `${reference.id}: ${reference.summary}` : step.reference));
      const details = [step.effort && t.effort(step.effort), words.tradeOff && t.tradeOff(words.tradeOff)].filter(Boolean);
      if (details.length) item.append(element('div', { class: 'muted' }, details.join('. ')));
      plan.append(item);
    }
    card.append(result.recommendations.length ? plan : element('p', {}, t.noStep));
    const notice = this.#lang === 'en' ? result.notice : this.#questionnaire.notice;
    if (notice) card.append(element('p', { class: 'help' }, notice));
    this.#root.replaceChildren(element('style', {}, STYLE), card);
    card.querySelector('h2').focus();
    this.dispatchEvent(new CustomEvent('ai-risk-submitted', { detail: { id: this.#id, band: result.band }, bubbles: true, composed: true }));
  }

  // The organization's earlier assessments, when it has some: the last change and the index over time.
  async #showHistory(card) {
    const path = `/api/v1/assessments/${encodeURIComponent(this.#id)}`;
    try {
      const history = await this.#request('GET', `${path}/history`);
      if (!history.lastChange) return;
      const section = element('div', { class: 'history' }, element('h3', {}, this.#t.since),
        element('p', {}, history.lastChange));
      const chart = await this.#request('GET', `${path}/history-chart`);
      const date = new Intl.DateTimeFormat(this.#lang, { dateStyle: 'medium' });
      const indexes = history.points.map((p) => `${date.format(new Date(p.submittedAt))} ${this.#number(p.overallRisk)}`).join(', ');
      section.append(element('img', { class: 'trend', src: URL.createObjectURL(chart), alt: this.#t.trendAlt(indexes) }));
      card.append(section);
    } catch (error) {
      card.append(element('p', { class: 'muted' }, this.#t.noHistory));
    }
  }

  #fail(error) {
    const card = element('div', { class: 'card' },
      element('div', { class: 'alert', role: 'alert' }, (error.problem && error.problem.detail) || error.message));
    this.#root.replaceChildren(element('style', {}, STYLE), card);
  }
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

if (!customElements.get('ai-risk-assessment')) customElements.define('ai-risk-assessment', AiRiskAssessment);
