/**
 * `npm run bench:size`: what the elements cost a page, brotli-compressed, against the budgets of
 * issue 3. Over a goal is reported here; test/build/size-budget.test.ts fails CI over a budget.
 */
import { budgets, KiB, measureBundle, OTHER_LANGUAGES, type LanguageChunk, type Measure } from './lib/bundle-size.js';
import { formatTable } from './lib/table.js';

interface Row extends Measure {
  budget: number | undefined;
}

const { searchEntry, cardAlone, forms, more, languages } = await measureBundle();
const rows: Row[] = [
  { ...searchEntry, budget: budgets.searchEntryGoal },
  { ...cardAlone, budget: budgets.cardAlone },
  ...forms.map((row) => ({ ...row, budget: budgets.form })),
  ...more.map((row) => ({ ...row, budget: undefined })),
];
const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
const met = (row: Row) => (row.budget === undefined ? '' : row.compressed <= row.budget ? 'yes' : `no (+${kib(row.compressed - row.budget)})`);
console.log('@mitmachen/elements script-tag bundle, brotli quality 11\n');
console.log(
  formatTable<Row>(
    [
      { title: 'what', value: (row) => row.name, align: 'left' },
      { title: 'minified', value: (row) => kib(row.raw) },
      { title: 'brotli', value: (row) => kib(row.compressed) },
      // Exact, for ceilings that move by a few hundred bytes at a time.
      { title: 'bytes', value: (row) => String(row.compressed) },
      { title: 'goal', value: (row) => (row.budget === undefined ? '–' : `≤ ${kib(row.budget)}`) },
      { title: 'met', value: met, align: 'left' },
    ],
    rows,
  ),
);
console.log(`\nfiles: ${rows.map((row) => `${row.name.split(':')[0]}: ${row.files.join(', ') || '–'}`).join('; ')}`);

// Every other language's words, per catalogue: what a page in that language loads on top, for
// each element it shows (a form in Ukrainian: its own words and the forms' shared ones).
const catalogues = [...new Set(languages.map((chunk) => chunk.catalogue))];
const bytes = (catalogue: string, lang: LanguageChunk['lang']) => languages.find((chunk) => chunk.catalogue === catalogue && chunk.lang === lang)?.compressed;
console.log(`\nwords in other languages than German, brotli bytes per chunk (– : given inline, or none)\n`);
console.log(
  formatTable<string>(
    [
      { title: 'catalogue', value: (catalogue) => catalogue, align: 'left' },
      ...OTHER_LANGUAGES.map((lang) => ({ title: lang, value: (catalogue: string) => String(bytes(catalogue, lang) ?? '–') })),
    ],
    catalogues,
  ),
);
