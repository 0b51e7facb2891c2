/**
 * What the manage page's tests need from the real server: a posted, approved listing of their own
 * and its manage link (issued as staff would, with the run's admin token), and the page's parts.
 */
import type { OpportunityInput } from '@mitmachen/contract';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient } from '@mitmachen/sdk';
import { ProofOfWork } from '../../../packages/elements/src/forms/proof-of-work.js';
import type { MitmachenManage } from '../../../packages/elements/src/manage/manage.js';
import { berlinDay, serviceDay } from '../../support/service-days.js';
import { adminToken, apiBase, marker, until } from '../forms/helpers.js';

export { apiBase, until };
export { addDays as daysAfter, daysBetween } from '../../support/service-days.js';

/** The Berlin day `offset` days after the browser's (the elements and the server count Berlin days). */
export const day = (offset: number) => serviceDay(offset);

const client = createClient({ baseUrl: apiBase });

export function opportunityInput(title: string): OpportunityInput {
  return {
    title,
    summary: 'Lesen Sie Kindern einmal pro Woche eine Stunde vor.',
    description: 'Wir suchen Menschen, die Freude am Vorlesen haben und Kindern Geschichten näherbringen.',
    tasks: ['Bücher aussuchen', 'Vorlesen'],
    organisation: { name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein' },
    contact: { name: 'Anna Beispiel', email: 'anna@example.org', public: false },
    categories: ['bildung'],
    location: { type: 'onsite', address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' } },
    schedule: { type: 'regular', hoursPerWeek: 1.5, slots: [{ day: 'we', from: '15:00', to: '16:30' }] },
    expiresAt: day(60),
  };
}

export interface Posted {
  id: string;
  title: string;
  token: string;
}

/**
 * Posts an opportunity (with a solved proof of work), approves it, and issues its manage link;
 * on the run's server, or on another (the clock server) given its API base and admin token.
 */
export async function postedListing(server: { apiBase: string; adminToken: string } = { apiBase, adminToken }): Promise<Posted> {
  const client = createClient({ baseUrl: server.apiBase });
  const title = `Vorlesen in der Stadtbibliothek ${marker()}`;
  const pow = new ProofOfWork();
  pow.start(client);
  const accepted = await client.opportunities.create(opportunityInput(title), { altcha: await pow.solution(client) });
  pow.stop();
  await client.moderation({ token: server.adminToken }).approve('opportunity', accepted.id);
  const response = await fetch(`${server.apiBase}/console/items/opportunity/${accepted.id}/manage-link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminToken}` },
  });
  if (!response.ok) throw new Error(`manage link: ${response.status} ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  const token = /#token=([A-Za-z0-9_-]+)/.exec(url)?.[1];
  if (token === undefined) throw new Error(`no token in ${url}`);
  return { id: accepted.id, title, token };
}

/** Whether the public API shows the opportunity (search and detail see the same listings). */
export async function isPublic(id: string, base = apiBase): Promise<boolean> {
  try {
    await (base === apiBase ? client : createClient({ baseUrl: base })).opportunities.get(id);
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 410) return false;
    throw error;
  }
}

export function shadow(element: MitmachenManage): ShadowRoot {
  return element.shadowRoot!;
}

/** The text of the element's part, whitespace folded. */
export function textOf(element: MitmachenManage, selector: string): string {
  return (shadow(element).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function focusedId(element: MitmachenManage): string | undefined {
  return shadow(element).activeElement?.id;
}

/** Waits until `selector` shows in the element. */
export async function shows(element: MitmachenManage, selector: string): Promise<Element> {
  await until(() => shadow(element).querySelector(selector) !== null);
  await element.updateComplete;
  return shadow(element).querySelector(selector)!;
}

/** A second server whose clock the tests move (scripts/clock-server.mjs), shared by the whole run. */
export interface ClockServer {
  apiBase: string;
  adminToken: string;
}

/** Starts the clock server, or takes the running one; asks again while another file is starting it. */
export async function startClockServer(): Promise<ClockServer> {
  for (;;) {
    const answer = await executeServerCommand<ClockServer | { starting: true }, { action: string }>('clock-server', { action: 'start' });
    if (!('starting' in answer)) return answer;
  }
}

/**
 * The clock server's day now. One clock for the whole run, which other test files move: a day the
 * server must take as ahead is counted from this, not from the browser's day.
 */
export async function serverDay(): Promise<string> {
  const { now } = await executeServerCommand<{ now: string | number }, object>('clock-server', { action: 'advance', days: 0 });
  return berlinDay(new Date(now).getTime());
}

/** Puts a day into one of the page's date fields (Chromium's date input takes keys by locale segment). */
export function setDate(element: MitmachenManage, value: string, id = 'manage-date'): void {
  const input = shadow(element).querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
