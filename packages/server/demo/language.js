// The demo page's language switch: sets `lang` (and `dir`, and Leichte Sprache's
// data-mitmachen-reading) on the search's section, the rest of the page staying German; the
// elements follow without a reload. A plain module
// of its own, because the page's Content Security Policy allows no inline script.
const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('sprache'));
const root = /** @type {HTMLElement | null} */ (document.querySelector('section.widget'));

/** @param {string} value */
function apply(value) {
  if (root === null) return;
  const easy = value === 'easy';
  root.lang = easy ? 'de' : value;
  root.dir = value === 'ar' ? 'rtl' : 'ltr';
  if (easy) root.dataset.mitmachenReading = 'easy';
  else delete root.dataset.mitmachenReading;
}

if (select !== null) {
  select.addEventListener('change', () => apply(select.value));
  if (select.value !== 'de') apply(select.value);
}
