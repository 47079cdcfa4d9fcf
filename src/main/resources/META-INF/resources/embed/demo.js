// The demo page at /: creates a draft and a respondent token with the key given, keeps the token
// (never the key) in localStorage, and embeds the questionnaire with it, as a portal would.
const STORE = 'ai-risk-demo';
const form = document.getElementById('start');
const restart = document.getElementById('restart');

function mount({ assessment, token }, focus = false) {
  const widget = document.createElement('ai-risk-assessment');
  widget.setAttribute('api', location.origin);
  widget.setAttribute('assessment', assessment);
  widget.setAttribute('token', token);
  if (focus) widget.setAttribute('autofocus', '');
  document.getElementById('widget').replaceChildren(widget);
  form.hidden = true;
  restart.hidden = false;
}

async function call(path, key, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const content = await response.json();
  if (!response.ok) throw new Error(content.detail || content.title);
  return content;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = form.key.value.trim();
  try {
    const draft = await call('/api/v1/assessments', key, { organization: { name: form.organization.value.trim() } });
    const token = await call(`/api/v1/assessments/${draft.id}/respondent-tokens`, key, { name: 'Demo page' });
    const started = { assessment: draft.id, token: token.token };
    localStorage.setItem(STORE, JSON.stringify(started));
    form.key.value = '';
    mount(started, true);
  } catch (error) {
    document.getElementById('start-error').textContent = error.message;
  }
});

restart.addEventListener('click', () => {
  localStorage.removeItem(STORE);
  document.getElementById('widget').replaceChildren();
  restart.hidden = true;
  form.hidden = false;
});

const saved = localStorage.getItem(STORE);
if (saved) mount(JSON.parse(saved));
else form.hidden = false;
