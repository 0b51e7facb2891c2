/**
 * What the elements cost a page, brotli-compressed (quality 11, as a CDN serves them), measured on
 * an in-memory build with the same options as `npm run build`. Used by `npm run bench:size` to
 * report and by test/build/size-budget.test.ts to enforce the budgets.
 */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup, type OutputChunk, type OutputOptions, type RollupOptions } from 'rollup';

/** rollup.config.mjs is plain JavaScript, so it is imported by a computed specifier. */
const CONFIG_MODULE = '../../rollup.config.mjs';
const { scriptTagBundle } = (await import(CONFIG_MODULE)) as { scriptTagBundle: (entry?: string) => RollupOptions };

export const KiB = 1024;

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * Budgets in brotli bytes. The card's is issue 3's, the forms' issue 4's (each form, with the
 * form code the three share, on top of the first screen). The search entry's goal is 18 KiB (issue 3);
 * it is not reached yet, so what is enforced is a ceiling just above today's size that stops it
 * growing: lower it whenever the entry shrinks, until it is the goal.
 *
 * History of the ceiling: 24.6 KiB until 2026-12-05; raised to 25.0 and 25.1 KiB that day when
 * seven interface languages, listings in several languages, the SDK's manage and change-feed
 * calls and the alerts' hook landed (entry 25,603 B). Issue 16 won the bytes back the same day
 * (entry 25,144 B: the SDK's occasional calls, the loading of other languages and the console's
 * set-up warnings load on first use) and the ceiling is 24.6 KiB again. The room under it is
 * meant for issue 17's early first search. On 2026-12-06 issue 17 took Intl off the first screen
 * (German dates and lists written by hand, the Intl formatters in a chunk of their own: entry
 * 25,176 → 25,061 B) and the ceiling went down to 24.5 KiB.
 *
 * Brotli's size at quality 11 is not smooth in the input: one space appended to the entry moves it
 * by up to ±120 B (25,091 B on 2026-12-05 became 25,210 B), and where a statement sits in the
 * file moves it by as much. A change of a few raw bytes can therefore cross the ceiling; the
 * minified size (`raw`) says whether code really grew.
 *
 * The forms' 14 KiB is issue 4's goal. It was 14.1 KiB from the morning of 2026-12-05, when the
 * opportunity form landed at 14.06 KiB with its translation section; that section (its code and
 * words, forms/translation.ts) is now a chunk of its own that both posting forms load as they
 * connect, and the budget is 14 KiB again.
 */
export const budgets = { searchEntryGoal: 18 * KiB, searchEntryCeiling: 24.5 * KiB, cardAlone: 10 * KiB, form: 14 * KiB } as const;

/** The other languages' catalogues are chunks of their own; a German page loads none of them. */
export const OTHER_LANGUAGES = ['en', 'uk', 'ar', 'tr', 'ru', 'easy'] as const;

export const brotliSize = (code: string) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }).length;

/** The chunks of an in-memory build, by file name. */
async function build(entry?: string): Promise<Map<string, OutputChunk>> {
  const options = scriptTagBundle(entry);
  const bundle = await rollup(options);
  try {
    const { output } = await bundle.generate(options.output as OutputOptions);
    return new Map(output.filter((item): item is OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  } finally {
    await bundle.close();
  }
}

/** A chunk and everything it imports statically: what the browser fetches before it runs. */
function staticClosure(chunks: Map<string, OutputChunk>, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const name of chunks.get(start)?.imports ?? []) staticClosure(chunks, name, seen);
  return seen;
}

/** One element's words in one language: the chunk a page in that language loads for it. */
export interface LanguageChunk {
  /** The catalogue: `first screen` (search, cards, api-base notice) or a catalogue's file name (`opportunity-form`). */
  catalogue: string;
  lang: (typeof OTHER_LANGUAGES)[number];
  file: string;
  compressed: number;
}

export interface Measure {
  name: string;
  files: string[];
  /** Minified bytes. */
  raw: number;
  /** Brotli bytes. */
  compressed: number;
}

function measure(name: string, chunks: Map<string, OutputChunk>, files: Iterable<string>): Measure {
  let raw = 0;
  let compressed = 0;
  for (const file of files) {
    const code = chunks.get(file)?.code ?? '';
    raw += Buffer.byteLength(code);
    compressed += brotliSize(code);
  }
  return { name, files: [...files], raw, compressed };
}

/** The chunk that registers an element, named after its folder (`opportunity-<hash>.js`). */
function elementChunk(chunks: Map<string, OutputChunk>, folder: string): string {
  const found = [...chunks.keys()].find((name) => new RegExp(`^${folder}-[\\w-]{8}\\.js$`).test(name));
  if (found === undefined) throw new Error(`the bundle has no chunk for ${folder}/ (${folder}-<hash>.js)`);
  return found;
}

/** The chunk built from a module of that name (`card-loader-<hash>.js`). */
function chunkNamed(chunks: Map<string, OutputChunk>, name: string): string {
  const found = [...chunks.keys()].find((file) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(file));
  if (found === undefined) throw new Error(`the bundle has no chunk ${name}-<hash>.js`);
  return found;
}

/**
 * Every chunk of words in another language than German: the first screen's (`uk-<hash>.js`, see
 * internal/languages.ts) and each lazily loaded element's catalogue (`opportunity-form.messages.uk-<hash>.js`).
 */
function languageChunks(chunks: Map<string, OutputChunk>): LanguageChunk[] {
  const found: LanguageChunk[] = [];
  for (const [file, chunk] of chunks) {
    const match = /^(?:(.+)\.messages\.)?(en|uk|ar|tr|ru|easy)-[\w-]{8}\.js$/.exec(file);
    if (match === null) continue;
    found.push({ catalogue: match[1] ?? 'first screen', lang: match[2] as LanguageChunk['lang'], file, compressed: brotliSize(chunk.code) });
  }
  return found.sort((a, b) => a.catalogue.localeCompare(b.catalogue) || OTHER_LANGUAGES.indexOf(a.lang) - OTHER_LANGUAGES.indexOf(b.lang));
}

/** What the first screen costs, what each element loaded on first use adds, and the card built alone. */
export async function measureBundle(): Promise<{
  searchEntry: Measure;
  /** The source modules the first screen is made of (paths relative to the repository). */
  firstScreenModules: string[];
  /** The first screen's code, every file of it. */
  firstScreenCode: string;
  cardAlone: Measure;
  forms: Measure[];
  more: Measure[];
  languages: LanguageChunk[];
}> {
  const bundle = await build();
  const firstScreen = staticClosure(bundle, 'mitmachen.js');
  const onFirstUse = (name: string, folder: string, find = elementChunk) =>
    measure(name, bundle, [...staticClosure(bundle, find(bundle, folder))].filter((file) => !firstScreen.has(file)));
  const card = await build('src/opportunity-card/define.ts');
  const cardAlone = staticClosure(card, 'mitmachen.js');
  return {
    searchEntry: measure('first screen: mitmachen.js + static imports (Lit, SDK, search, cards)', bundle, firstScreen),
    firstScreenModules: [...firstScreen].flatMap((file) => Object.keys(bundle.get(file)?.modules ?? {})).map((id) => relative(ROOT, id)),
    firstScreenCode: [...firstScreen].map((file) => bundle.get(file)?.code ?? '').join('\n'),
    cardAlone: measure('card alone (data given as property)', card, cardAlone),
    forms: [
      onFirstUse('opportunity form on first use', 'opportunity-form'),
      onFirstUse('offer form on first use', 'offer-form'),
      onFirstUse('interest form on first use', 'interest-form'),
      // The author's manage page: held to a form's budget (it loads the posting form only to edit).
      onFirstUse('manage page on first use', 'manage'),
    ],
    more: [
      // Not on first use: the search imports it as soon as it connects, and renders it when it is there.
      onFirstUse('search filter panel, loaded after the first render', 'filter-panel'),
      // Loaded the same way: "notify me" (alerts by e-mail) and the feed link under the results.
      onFirstUse('search alert form and feed link, loaded after the first render', 'alerts'),
      onFirstUse('detail on first use (+ DOMPurify)', 'opportunity'),
      onFirstUse('standalone card on first use', 'opportunity-card'),
      // Any language but German: the code for it (languages-*.js); its words are in `languages`.
      measure('languages other than German: their code, on first use', bundle, [...bundle.keys()].filter((file) => /^languages-/.test(file))),
      // Only on a page set up wrong: the console's words for the web editor.
      onFirstUse('console warnings for a page set up wrong', 'setup-warnings', chunkNamed),
      // The SDK's calls a search page never makes (paging through all, change feed, manage, moderation).
      onFirstUse("SDK's occasional calls, on first use", 'occasional', chunkNamed),
      measure(
        'card alone: fetching by opportunity-id (+ SDK)',
        card,
        [...staticClosure(card, chunkNamed(card, 'card-loader'))].filter((file) => !cardAlone.has(file)),
      ),
    ],
    languages: languageChunks(bundle),
  };
}
