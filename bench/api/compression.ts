/**
 * What compressing the API's answers costs and saves (packages/server/src/http/compression.ts):
 * for a sample of each scenario's searches, the answer's size plain, as brotli and as gzip at the
 * server's settings, the CPU time one compression takes (the server compresses an answer of this
 * size synchronously, so this is what each request adds), and the transfer time it saves on a
 * slow mobile connection (1.6 Mbit/s down).
 */
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { apiBrotliOptions, apiGzipOptions } from '../../packages/server/src/http/compression.js';
import { formatTable, milliseconds } from '../lib/table.js';
import type { Scenario } from './scenarios.js';

/** Searches sampled per scenario, and compressions timed per answer (the median is kept). */
const sampleSize = 40;
const repetitions = 15;
/** Slow 4G as Chromium's DevTools define it: 1.6 Mbit/s down. */
const slowBytesPerMs = (1.6e6 / 8) * 0.9 / 1000;

export interface CompressionRow {
  scenario: string;
  plainBytes: number;
  brBytes: number;
  gzipBytes: number;
  brMs: number;
  gzipMs: number;
}

/** The answer as the server sends it to a client that accepts no compression. */
function plainBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent: false, headers: { accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function measureCompression(origin: string, scenarios: readonly Scenario[]): Promise<CompressionRow[]> {
  const rows: CompressionRow[] = [];
  for (const scenario of scenarios) {
    const step = Math.max(1, Math.floor(scenario.paths.length / sampleSize));
    const bodies: Buffer[] = [];
    for (let i = 0; i < scenario.paths.length && bodies.length < sampleSize; i += step) bodies.push(await plainBody(origin + scenario.paths[i]));
    rows.push({
      scenario: scenario.name,
      plainBytes: median(bodies.map((body) => body.length)),
      brBytes: median(bodies.map((body) => brotliCompressSync(body, apiBrotliOptions).length)),
      gzipBytes: median(bodies.map((body) => gzipSync(body, apiGzipOptions).length)),
      brMs: median(bodies.map((body) => medianMs(() => brotliCompressSync(body, apiBrotliOptions)))),
      gzipMs: median(bodies.map((body) => medianMs(() => gzipSync(body, apiGzipOptions)))),
    });
  }
  return rows;
}

export function formatCompression(rows: readonly CompressionRow[]): string {
  const saved = (plain: number, packed: number) => `${milliseconds((plain - packed) / slowBytesPerMs)} ms`;
  return formatTable<CompressionRow>(
    [
      { title: 'answers (median of the sample)', value: (row) => row.scenario, align: 'left' },
      { title: 'plain', value: (row) => `${(row.plainBytes / 1000).toFixed(1)} kB` },
      { title: 'brotli 4', value: (row) => `${(row.brBytes / 1000).toFixed(1)} kB` },
      { title: 'CPU', value: (row) => `${row.brMs.toFixed(2)} ms` },
      { title: 'saved at 1.6 Mbit/s', value: (row) => saved(row.plainBytes, row.brBytes) },
      { title: 'gzip 6', value: (row) => `${(row.gzipBytes / 1000).toFixed(1)} kB` },
      { title: 'CPU', value: (row) => `${row.gzipMs.toFixed(2)} ms` },
      { title: 'saved', value: (row) => saved(row.plainBytes, row.gzipBytes) },
    ],
    rows,
  );
}
