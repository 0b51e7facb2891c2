/**
 * A staff member's browser for the console's API in tests: keeps its own cookies (the sign-in
 * binding and the session), reads its sign-in link from the outbox as a person would from the
 * mail, and sends the CSRF token with every change.
 */
import assert from 'node:assert/strict';
import type { ConsoleSession } from '@mitmachen/contract';
import type { TestServer } from '../support/server.js';

export class Browser {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;
  session: ConsoleSession | undefined;

  constructor(readonly server: TestServer) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** A request from this browser: its cookies, and the CSRF token on anything but GET. */
  async fetch(path: string, init: { method?: string; body?: unknown; csrf?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    const csrf = init.csrf === undefined ? this.csrf : init.csrf;
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.server.baseUrl}${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async requestLink(email: string): Promise<Response> {
    return this.fetch('/console/sign-in', { method: 'POST', body: { email } });
  }

  /** Asks for a link, reads it from the outbox, and spends it: signed in, with the CSRF token. */
  async signIn(email: string): Promise<ConsoleSession> {
    assert.equal((await this.requestLink(email)).status, 202);
    const token = await latestLinkToken(this.server, email);
    const response = await this.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } });
    const text = await response.text();
    assert.equal(response.status, 200, text);
    this.session = JSON.parse(text) as ConsoleSession;
    this.csrf = this.session.csrfToken;
    return this.session;
  }
}

/** A new browser for `email`, signed in. */
export async function signedIn(server: TestServer, email: string): Promise<Browser> {
  const browser = new Browser(server);
  await browser.signIn(email);
  return browser;
}

/** The token of the newest sign-in link mailed to `email` (the outbox holds what was sent). */
export async function latestLinkToken(server: TestServer, email: string): Promise<string> {
  const { rows } = await server.db.pool.query<{ body: string }>(
    `SELECT body FROM outbox WHERE topic = 'sign-in' AND lower(recipient) = lower($1) ORDER BY next_attempt_at DESC, id LIMIT 1`,
    [email],
  );
  const match = /\/console\/#sign-in=([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '');
  assert.ok(match, `no sign-in link was mailed to ${email}`);
  return match[1] as string;
}

/** Staff and agencies for a test: two agencies (Dresden, Leipzig) with one person per role. */
export async function seedStaff(server: TestServer): Promise<{ dresden: string; leipzig: string }> {
  const db = server.db.pool;
  const dresden = '11111111-1111-4111-8111-111111111111';
  const leipzig = '22222222-2222-4222-8222-222222222222';
  await db.query(`INSERT INTO agencies (id, name) VALUES ($1, 'Agentur Dresden'), ($2, 'Agentur Leipzig')`, [dresden, leipzig]);
  await db.query(`INSERT INTO agency_regions (region, agency_id) VALUES ('dresden', $1), ('leipzig', $2)`, [dresden, leipzig]);
  const people: Array<[string, string, string | null]> = [
    ['operator@test.example', 'operator', null],
    ['admin.dresden@test.example', 'agency_admin', dresden],
    ['moderator.dresden@test.example', 'moderator', dresden],
    ['analyst.dresden@test.example', 'analyst', dresden],
    ['admin.leipzig@test.example', 'agency_admin', leipzig],
    ['moderator.leipzig@test.example', 'moderator', leipzig],
  ];
  for (const [email, role, agency] of people) {
    await db.query('INSERT INTO staff_accounts (id, email, role, agency_id) VALUES (gen_random_uuid(), $1, $2, $3)', [email, role, agency]);
  }
  return { dresden, leipzig };
}

/** Makes `count` published postings of a region pending again (as if just posted) and returns their ids. */
export async function pendingIn(server: TestServer, region: string, count: number, kind: 'opportunity' | 'offer' = 'opportunity'): Promise<string[]> {
  const table = kind === 'opportunity' ? 'opportunities' : 'offers';
  // Postings whose author gave an address, so decisions are mailed.
  const extra = kind === 'opportunity' ? `AND location_type <> 'remote' AND contact->>'email' IS NOT NULL` : '';
  const { rows } = await server.db.pool.query<{ id: string }>(
    `UPDATE ${table} SET status = 'pending', decided_at = NULL
     WHERE id IN (SELECT id FROM ${table} WHERE status = 'published' AND region = $1 ${extra} ORDER BY id LIMIT $2) RETURNING id`,
    [region, count],
  );
  assert.equal(rows.length, count, `the demo data has too few published ${table} in ${region}`);
  return rows.map((row) => row.id).sort();
}
