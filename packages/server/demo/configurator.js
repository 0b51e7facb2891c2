// @ts-check
/**
 * The embed configurator: the form's choices become the live <mitmachen-search>'s attributes and
 * tokens, and the HTML and CSS a web editor copies. Plain JavaScript because the demo folder is
 * served as written (no build step); it runs under the demo's strict CSP, so it builds DOM with
 * createElement/textContent only (no innerHTML: Trusted Types) and applies the tokens through a
 * constructed stylesheet (no inline style): the preview uses the very CSS the snippet shows.
 */

/** @typedef {{ de: string, en: string }} Label */
/** @typedef {{ id: string, label: Label }} Term */
/** @typedef {{ region: string[], category: string[], kind: string, lang: string, theme: string, accent: string, onAccent: string, radius: string, server: string }} Choices */

const form = /** @type {HTMLFormElement} */ (document.getElementById('settings'));
const preview = /** @type {HTMLElement} */ (document.getElementById('preview'));
const serverInput = /** @type {HTMLInputElement} */ (document.getElementById('server'));
const serverError = /** @type {HTMLElement} */ (document.getElementById('server-error'));
const contrastNote = /** @type {HTMLElement} */ (document.getElementById('contrast'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));
const taxonomyStatus = /** @type {HTMLElement} */ (document.getElementById('taxonomy-status'));
const snippetHtml = /** @type {HTMLElement} */ (document.getElementById('snippet-html'));
const snippetCss = /** @type {HTMLElement} */ (document.getElementById('snippet-css'));
const snippetHead = /** @type {HTMLElement} */ (document.getElementById('snippet-head'));
const snippetPreload = /** @type {HTMLElement} */ (document.getElementById('snippet-preload'));

/** The tokens, applied to the page exactly as the CSS snippet states them. */
const tokenSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokenSheet];

serverInput.value = location.origin;

/** @param {string} id @param {string} name @param {Term[]} terms */
function renderChoices(id, name, terms) {
  const list = /** @type {HTMLElement} */ (document.getElementById(id));
  list.replaceChildren(
    ...terms.map((term) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = term.id;
      label.append(input, ` ${term.label.de}`);
      return label;
    }),
  );
}

async function loadTaxonomy() {
  try {
    const response = await fetch('/v1/taxonomy', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    /** @type {{ regions: Term[], categories: Term[] }} */
    const taxonomy = await response.json();
    renderChoices('regions', 'region', taxonomy.regions);
    renderChoices('categories', 'category', taxonomy.categories);
    taxonomyStatus.textContent = '';
  } catch (error) {
    taxonomyStatus.textContent = `Regionen und Tätigkeitsfelder konnten nicht geladen werden (${String(error)}). Bitte laden Sie die Seite neu.`;
  }
}

/** @returns {Choices} */
function readChoices() {
  const data = new FormData(form);
  const one = (/** @type {string} */ name) => String(data.get(name) ?? '');
  return {
    region: data.getAll('region').map(String),
    category: data.getAll('category').map(String),
    kind: one('kind'),
    lang: one('lang'),
    theme: one('theme'),
    accent: one('accent'),
    onAccent: one('onAccent'),
    radius: one('radius'),
    server: one('server'),
  };
}

/** The server's origin with a trailing slash, or an error message for the field. */
function serverBase(/** @type {string} */ value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: 'Bitte eine vollständige Adresse eingeben, zum Beispiel https://mitmachen.example.org' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Die Adresse muss mit https:// beginnen.' };
  return { base: `${url.origin}${url.pathname.replace(/\/*$/, '/')}` };
}

/** The element's attributes in the order a reader expects them; values are ids and fixed words. */
function attributesOf(/** @type {Choices} */ choices) {
  /** @type {[string, string][]} */
  const attributes = [];
  if (choices.region.length > 0) attributes.push(['region', choices.region.join(' ')]);
  if (choices.category.length > 0) attributes.push(['categories', choices.category.join(' ')]);
  if (choices.kind === 'offers') attributes.push(['kind', 'offers']);
  if (choices.lang === 'en') attributes.push(['lang', 'en']);
  if (choices.theme !== '') attributes.push(['theme', choices.theme]);
  return attributes;
}

/**
 * The address of the search's first answer, exactly as the element asks for it (search-query.ts
 * and the SDK's toSearchParams: page, pageSize, then each category and region, then the
 * language): a preload of any other address would not be taken up, and the browser would fetch
 * twice.
 */
function firstSearchUrl(/** @type {string} */ base, /** @type {Choices} */ choices) {
  const params = new URLSearchParams({ page: '1', pageSize: '12' });
  for (const category of choices.category) params.append('category', category);
  for (const region of choices.region) params.append('region', region);
  if (choices.lang === 'en') params.append('lang', 'en');
  return `${base}v1/${choices.kind === 'offers' ? 'offers' : 'opportunities'}?${params}`;
}

function tokenCss(/** @type {Choices} */ choices) {
  return [
    'mitmachen-search {',
    `  --mitmachen-color-accent: ${choices.accent};`,
    `  --mitmachen-color-on-accent: ${choices.onAccent};`,
    `  --mitmachen-radius: ${choices.radius};`,
    '}',
    '',
    '/* Platz freihalten, bis das Skript geladen ist: die Seite springt nicht. */',
    'mitmachen-search:not(:defined) {',
    '  display: block;',
    '  min-height: 40rem;',
    '}',
  ].join('\n');
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(/** @type {string} */ a, /** @type {string} */ b) {
  const luminance = (/** @type {string} */ hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

function update() {
  const choices = readChoices();

  // The live widget: the same attributes as the snippet, against this server's API.
  const attributes = attributesOf(choices);
  for (const name of ['region', 'categories', 'kind', 'lang', 'theme']) {
    const entry = attributes.find(([key]) => key === name);
    if (entry) preview.setAttribute(name, entry[1]);
    else preview.removeAttribute(name);
  }
  const css = tokenCss(choices);
  tokenSheet.replaceSync(css);

  const ratio = contrast(choices.accent, choices.onAccent);
  contrastNote.textContent =
    ratio >= 4.5
      ? `Kontrast der Schrift auf der Akzentfarbe: ${ratio.toFixed(1)} : 1 (ausreichend, mindestens 4,5 : 1).`
      : `Kontrast der Schrift auf der Akzentfarbe: ${ratio.toFixed(1)} : 1 – zu gering, mindestens 4,5 : 1 nötig (BITV/WCAG).`;
  contrastNote.classList.toggle('hint--warning', ratio < 4.5);

  const server = serverBase(choices.server);
  serverError.textContent = server.error ?? '';
  serverInput.setAttribute('aria-invalid', String(server.error !== undefined));
  if (server.base === undefined) return;
  const attributeText = attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
  snippetHtml.textContent = [
    `<script type="module" src="${server.base}mitmachen.js"></script>`,
    `<mitmachen-search api-base="${server.base}v1"${attributeText} sync-url></mitmachen-search>`,
  ].join('\n');
  snippetCss.textContent = css;
  // The origin alone: a connection is to a host, not to a path. `crossorigin` because the script
  // (a module) and the searches both load without cookies, over a connection of that kind.
  snippetHead.textContent = `<link rel="preconnect" href="${new URL(server.base).origin}" crossorigin>`;
  // The first answer, asked for while the script loads; `crossorigin` as the element's own fetch
  // (no cookies), or the browser keeps the two apart and asks twice.
  snippetPreload.textContent = `<link rel="preload" as="fetch" crossorigin href="${firstSearchUrl(server.base, choices).replaceAll('&', '&amp;')}">`;
}

/** Copies a snippet; without the Clipboard API (or its permission) it selects the text instead. */
async function copy(/** @type {HTMLElement} */ code) {
  const text = code.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Kopiert. Fügen Sie den Code jetzt in Ihre Seite ein.';
  } catch {
    const selection = getSelection();
    selection?.selectAllChildren(code);
    const copied = document.execCommand('copy');
    copyStatus.textContent = copied
      ? 'Kopiert. Fügen Sie den Code jetzt in Ihre Seite ein.'
      : 'Der Code ist markiert: kopieren Sie ihn mit Strg+C (Mac: ⌘+C).';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => {
    copyStatus.textContent = '';
    const target = document.getElementById(button.getAttribute('data-copy') ?? '');
    if (target) void copy(target);
  });
}

update();
void loadTaxonomy();
