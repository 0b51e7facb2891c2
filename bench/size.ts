/**
 * `npm run bench:size`: what the elements cost a page, brotli-compressed (quality 11, as a CDN
 * serves them). Builds the script-tag bundle in memory with the same options as `npm run build`
 * and prints what the first screen loads, what opening a detail adds, and the card built alone,
 * each against its budget from issue 3. Over budget is reported, not an error (yet).
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup, type OutputChunk, type OutputOptions, type RollupOptions } from 'rollup';
import { formatTable } from './lib/table.js';

/** rollup.config.mjs is plain JavaScript, so it is imported by a computed specifier. */
const CONFIG_MODULE = '../rollup.config.mjs';
const { scriptTagBundle } = (await import(CONFIG_MODULE)) as { scriptTagBundle: (entry?: string) => RollupOptions };

const KiB = 1024;
/** Budgets from issue 3, brotli bytes; undefined: measured, no budget. */
const budgets = { searchEntry: 18 * KiB, cardAlone: 10 * KiB } as const;

const brotli = (code: string) =>
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

const bytes = (chunks: Map<string, OutputChunk>, names: Iterable<string>) => {
  let raw = 0;
  let compressed = 0;
  for (const name of names) {
    const code = chunks.get(name)?.code ?? '';
    raw += Buffer.byteLength(code);
    compressed += brotli(code);
  }
  return { raw, compressed };
};

interface Row {
  name: string;
  files: string[];
  raw: number;
  compressed: number;
  budget: number | undefined;
}

async function main(): Promise<void> {
  const bundle = await build();
  const firstScreen = staticClosure(bundle, 'mitmachen.js');
  const detailEntry = [...bundle.keys()].find((name) => /^opportunity-/.test(name));
  if (detailEntry === undefined) throw new Error('the bundle has no detail chunk (opportunity-<hash>.js)');
  const detail = [...staticClosure(bundle, detailEntry)].filter((name) => !firstScreen.has(name));
  const card = await build('src/opportunity-card/define.ts');
  const cardAlone = staticClosure(card, 'mitmachen.js');
  const cardFetching = [...card.keys()].filter((name) => !cardAlone.has(name));

  const rows: Row[] = [
    { name: 'first screen: mitmachen.js + static imports (search, cards)', files: [...firstScreen], ...bytes(bundle, firstScreen), budget: budgets.searchEntry },
    { name: 'detail on first use (+ DOMPurify)', files: detail, ...bytes(bundle, detail), budget: undefined },
    { name: 'card alone (data given as property)', files: [...cardAlone], ...bytes(card, cardAlone), budget: budgets.cardAlone },
    { name: 'card: fetching by opportunity-id (+ SDK)', files: cardFetching, ...bytes(card, cardFetching), budget: undefined },
  ];
  const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
  console.log('@mitmachen/elements script-tag bundle, brotli quality 11\n');
  const met = (row: Row) =>
    row.budget === undefined ? '' : row.compressed <= row.budget ? 'yes' : `no (+${kib(row.compressed - row.budget)})`;
  console.log(
    formatTable<Row>(
      [
        { title: 'what', value: (row) => row.name, align: 'left' },
        { title: 'minified', value: (row) => kib(row.raw) },
        { title: 'brotli', value: (row) => kib(row.compressed) },
        { title: 'budget', value: (row) => (row.budget === undefined ? '–' : `≤ ${kib(row.budget)}`) },
        { title: 'met', value: met, align: 'left' },
      ],
      rows,
    ),
  );
  console.log(`\nfiles: ${rows.map((row) => `${row.name.split(':')[0]}: ${row.files.join(', ') || '–'}`).join('; ')}`);
}

await main();
