/**
 * A real cluster for the cluster tests: private PostgreSQL, API instances from the build, and
 * nginx with deploy/nginx/mitmachen.conf, all on 127.0.0.1 (scripts/cluster.mjs). Plus a client
 * that can speak from any loopback address (127.0.0.2, …), so one machine has several "clients"
 * for rate limits that go by address.
 */
import { request as httpRequest } from 'node:http';
import type { OpportunityInput, PendingList } from '@mitmachen/contract';
import { startCluster, type Cluster, type ClusterOptions } from '../../scripts/cluster.mjs';
import { solve, testAltchaMaxNumber } from '../support/altcha.js';
import { sampleOpportunityInput } from '../support/server.js';

export type { Cluster } from '../../scripts/cluster.mjs';

/**
 * A cluster with small demo data, cheap proof of work and (unless `env` sets them) no rate
 * limits. Instance and nginx output is kept and printed when the start fails.
 */
export async function startTestCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const lines: string[] = [];
  try {
    return await startCluster({
      seed: { opportunities: 40, offers: 5 },
      ...options,
      env: {
        MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
        MITMACHEN_RATE_LIMIT_READS: 'off',
        MITMACHEN_RATE_LIMIT_WRITES: 'off',
        ...options.env,
      },
      output: (source, line) => lines.push(`${source} │ ${line}`),
    });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${lines.slice(-40).join('\n')}`, { cause: error });
  }
}

export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The loopback address to send from (default 127.0.0.1): another address is another client. */
  from?: string;
}

/** One HTTP request on a fresh connection (so `from` always applies). Rejects on a network error. */
export function send(url: string, options: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from ?? '127.0.0.1', agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          const headers = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
          resolve({ status: res.statusCode ?? 0, headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A solved proof of work from `origin`'s API (challenge fetched from there). */
export async function altchaFrom(origin: string, from?: string): Promise<string> {
  const answer = await send(`${origin}/v1/challenge`, { from });
  if (answer.status !== 200) throw new Error(`GET /v1/challenge answered ${answer.status}: ${answer.text}`);
  return solve(answer.json as Parameters<typeof solve>[0]);
}

/** POST /v1/opportunities the way the widgets send it: JSON, an Idempotency-Key, a solved challenge. */
export function postOpportunity(
  origin: string,
  input: OpportunityInput,
  headers: { key: string; altcha: string },
  from?: string,
): Promise<Answer> {
  return send(`${origin}/v1/opportunities`, {
    method: 'POST',
    from,
    body: JSON.stringify(input),
    headers: { 'content-type': 'application/json', 'idempotency-key': headers.key, altcha: headers.altcha },
  });
}

/** A valid opportunity whose title carries `marker`, to find the test's own postings. */
export function markedOpportunity(marker: string): OpportunityInput {
  return sampleOpportunityInput({ title: `${marker} Vorlesepatin in der Stadtbibliothek` });
}

/** Every pending opportunity's id and title, through the moderation API. */
export async function pendingOpportunities(cluster: Cluster): Promise<{ id: string; title: string }[]> {
  const found: { id: string; title: string }[] = [];
  for (let page = 1; ; page++) {
    const answer = await send(`${cluster.url}/v1/moderation/pending?kind=opportunity&pageSize=50&page=${page}`, {
      headers: { authorization: `Bearer ${cluster.adminToken}` },
    });
    if (answer.status !== 200) throw new Error(`GET /v1/moderation/pending answered ${answer.status}: ${answer.text}`);
    const list = answer.json as PendingList;
    found.push(...list.items.map(({ id, title }) => ({ id, title })));
    if (list.items.length === 0 || found.length >= list.total) return found;
  }
}

/** Approves a pending opportunity through `origin` (an instance or nginx). */
export async function approve(cluster: Cluster, origin: string, id: string): Promise<Answer> {
  return send(`${origin}/v1/moderation/opportunity/${id}/approve`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cluster.adminToken}` },
  });
}
