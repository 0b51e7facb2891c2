/**
 * parseImportFile on a worker thread, for the server: parsing a 10,000-row file takes a second
 * or two of CPU, and on the request's thread nothing else (a search, /health, PGlite's one
 * connection) would be answered meanwhile. One worker per file, at most `maxParsers` at once;
 * further files wait their turn.
 */
import { Worker } from 'node:worker_threads';
import type { FromParser } from './parse-messages.js';
import { ImportFileError, type ImportRecord, type ImportSource, type ParsedImport } from './types.js';

/** Parsers running at once: each holds a file's listings in memory and a core busy. */
export const maxParsers = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function turn(): Promise<() => void> {
  if (running >= maxParsers) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  // A finished parser hands its place straight to the next in line, so `running` stays counted.
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/**
 * The worker's module. The build emits it as a file of its own and rewrites this URL to point
 * there (rollup.config.mjs, workerChunks); from source it is the TypeScript file itself.
 */
const workerModule = new URL('./parse.worker.ts', import.meta.url);

function startWorker(workerData: { source: ImportSource; bytes: Uint8Array }): Worker {
  if (!workerModule.pathname.endsWith('.ts')) return new Worker(workerModule, { workerData });
  // Run from source (tests, `--import tsx`): a worker does not inherit tsx's loader hooks, so it
  // registers them itself before loading the module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Like parseImportFile, off this thread. Throws an ImportFileError for a file that cannot be read. */
export async function parseImportFileOffThread(source: ImportSource, bytes: Uint8Array): Promise<ParsedImport> {
  const done = await turn();
  try {
    return await new Promise<ParsedImport>((resolve, reject) => {
      const records: ImportRecord[] = [];
      const worker = startWorker({ source, bytes });
      worker.on('message', (message: FromParser) => {
        if ('records' in message) {
          records.push(...message.records);
          // The next batch only after other work waiting here had its turn.
          setImmediate(() => worker.postMessage('next'));
        }
        else if ('done' in message) resolve({ records, ...message.done });
        else reject(new ImportFileError(message.unreadable));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The import's parser stopped (exit code ${code}) before it finished.`)));
    });
  } finally {
    done();
  }
}
