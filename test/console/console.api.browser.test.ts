/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { adminToken, apiBase } from '/__mitmachen__/api.js';
import '../../packages/console/src/app/define.js';
import type { MitmachenConsole } from '../../packages/console/src/app/app.js';
import type { MitmachenConsoleQueue } from '../../packages/console/src/queue/queue.js';
import { deepActiveElement, shadowOf, signInLink, signInThroughApi, tabTo } from './support.js';

/*
 * The console against the real reference server (scripts/browser-api-server.mjs): the test page's
 * /v1/ is that server, so the session cookie is same-origin as in production. The demo data has
 * agencies and pending postings for Dresden, Leipzig, Görlitz and Sächsische Schweiz. All tests
 * that hold a session are in this one file: they share the page's cookies.
 */

const DRESDEN = 'moderator.dresden@example.org';
const startUrl = location.href;

async function consoleElement(): Promise<MitmachenConsole> {
  const element = await fixture<MitmachenConsole>(html`<mitmachen-console api-base="/v1" sync-url></mitmachen-console>`);
  return element;
}

const screen = (element: MitmachenConsole, tag: string) => shadowOf(element).querySelector(tag);
const root = shadowOf;

async function lastLink(email: string): Promise<{ url: string } | null> {
  const response = await fetch(`/__mitmachen__/sign-in-link?email=${encodeURIComponent(email)}`);
  return (await response.json()) as { url: string } | null;
}

/** Asks for a link the way a person does, follows it, and presses "sign in" — keyboard only. */
async function signInByKeyboard(email: string): Promise<MitmachenConsole> {
  const before = await lastLink(email);
  let element = await consoleElement();
  await waitUntil(() => screen(element, 'mitmachen-console-sign-in'), 'the sign-in screen shows', { timeout: 20_000 });
  const input = await tabTo((active) => active.id === 'email', 'the e-mail field');
  expect(input.localName).to.equal('input');
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  const signIn = screen(element, 'mitmachen-console-sign-in') as HTMLElement;
  await waitUntil(() => shadowOf(signIn).querySelector('#sent'), '"check your mail" shows', { timeout: 20_000 });
  expect(deepActiveElement()?.id, 'focus on the answer').to.equal('sent');
  const url = new URL(await signInLink(email, before?.url));
  expect(url.pathname).to.equal('/console/');
  // The link opens the console page with the token in its fragment.
  history.replaceState(null, '', `${location.pathname}${url.hash}`);
  element.remove();
  element = await consoleElement();
  expect(location.hash, 'the token leaves the address bar').to.equal('');
  await waitUntil(() => screen(element, 'mitmachen-console-confirm'), 'the confirm page shows');
  await tabTo((active) => active.localName === 'button' && active.textContent?.includes('Jetzt anmelden') === true, 'the sign-in button');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => screen(element, 'mitmachen-console-queue'), 'the queue shows after signing in', { timeout: 20_000 });
  return element;
}

/** Signs in through the API as a script would (the keyboard way is tested once, above), then shows the console. */
const signedIn = (email: string): Promise<MitmachenConsole> => signInThroughApi(email);

/** Goes to a section by its link in the console's navigation. */
async function openSection(element: MitmachenConsole, name: string, tag: string): Promise<HTMLElement> {
  const link = () => [...shadowOf(element).querySelectorAll<HTMLElement>('nav a')].find((a) => a.textContent?.trim() === name);
  await waitUntil(link, `the navigation offers ${name}`, { timeout: 20_000 });
  link()?.click();
  await waitUntil(() => screen(element, tag), `${name} shows`);
  return screen(element, tag) as HTMLElement;
}

async function queueOf(element: MitmachenConsole): Promise<MitmachenConsoleQueue> {
  await waitUntil(() => screen(element, 'mitmachen-console-queue'), 'the queue shows', { timeout: 20_000 });
  const queue = screen(element, 'mitmachen-console-queue') as MitmachenConsoleQueue;
  await waitUntil(() => queue.queue !== undefined && !queue.listLoading, 'the queue loads', { timeout: 20_000 });
  return queue;
}

async function publicStatus(kind: string, id: string): Promise<number> {
  const response = await fetch(`${apiBase}/${kind === 'offer' ? 'offers' : 'opportunities'}/${id}`);
  return response.status;
}

describe('the console against the real server', function () {
  this.timeout(120_000);

  afterEach(async () => {
    history.replaceState(null, '', startUrl);
    await fetch('/v1/console/session').then(async (response) => {
      if (!response.ok) return;
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      await fetch('/v1/console/sign-out', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    });
  });

  it('keyboard only: sign in by link as the Dresden moderator, approve the oldest Dresden posting with j and a', async () => {
    const element = await signInByKeyboard(DRESDEN);
    const queue = await queueOf(element);
    await expect(element).to.be.accessible();
    expect(deepActiveElement()?.localName, 'focus on the queue heading').to.equal('h1');
    const items = queue.queue?.items ?? [];
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((item) => item.region === 'dresden'), 'only Dresden in the Dresden queue').to.equal(true);
    const first = items[0]!;
    await sendKeys({ press: 'j' });
    await waitUntil(() => queue.detail?.id === first.id, 'j opens the oldest item', { timeout: 20_000 });
    await waitUntil(() => deepActiveElement()?.id === 'item-title', 'focus on its title');
    expect(queue.detail?.claim?.mine, 'opening claims it').to.equal(true);
    await expect(queue).to.be.accessible();
    expect(await publicStatus(first.kind, first.id), 'not public before').to.equal(404);
    await sendKeys({ press: 'a' });
    await waitUntil(() => shadowOf(queue).querySelector('[role="status"]')?.textContent?.includes('freigegeben'), 'the result is announced', { timeout: 20_000 });
    expect(shadowOf(queue).querySelector('[role="status"]')?.textContent).to.contain(first.title);
    expect(await publicStatus(first.kind, first.id), 'public after').to.equal(200);
    await waitUntil(() => queue.queue?.items.every((item) => item.id !== first.id), 'it leaves the queue', { timeout: 20_000 });
    const next = queue.queue?.items[0];
    if (next !== undefined) {
      await waitUntil(() => queue.detail?.id === next.id && deepActiveElement()?.id === 'item-title', 'focus moves to the next item', { timeout: 20_000 });
    }
  });

  it('shows who holds an item and keeps its decisions back; bulk approve reports each item', async () => {
    const element = await signedIn(DRESDEN);
    const queue = await queueOf(element);
    const items = queue.queue?.items ?? [];
    // The first test left its claim on the item it moved on to: take one nobody holds.
    const held = items.find((item) => item.claim === null);
    const rest = items.filter((item) => item !== held);
    expect(held, 'a pending Dresden posting nobody holds').to.not.equal(undefined);
    // Someone else (a script with the operator's token) claims the oldest item.
    const claim = await fetch(`${apiBase}/console/items/${held!.kind}/${held!.id}/claim`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    expect(claim.status).to.equal(200);
    shadowOf(queue).querySelector<HTMLButtonElement>(`button.open[data-key="${held!.kind}:${held!.id}"]`)?.click();
    await waitUntil(() => queue.detail?.id === held!.id, 'the held item opens', { timeout: 20_000 });
    expect(queue.detail?.claim?.mine).to.equal(false);
    expect(shadowOf(queue).querySelector('.claim.other')?.textContent).to.contain('bearbeitet diesen Eintrag');
    expect(shadowOf(queue).querySelector<HTMLButtonElement>('[data-action="approve"]')?.disabled).to.equal(true);
    await expect(queue).to.be.accessible();

    const chosen = rest.slice(0, 2);
    expect(chosen.length, 'two more pending Dresden postings').to.equal(2);
    for (const item of chosen) shadowOf(queue).querySelector<HTMLInputElement>(`#select-${item.kind}\\:${item.id}`)?.click();
    await queue.updateComplete;
    expect(shadowOf(queue).querySelector('.bulk-count')?.textContent).to.contain('2 ausgewählt');
    await expect(queue).to.be.accessible();
    shadowOf(queue).querySelector<HTMLButtonElement>('[data-bulk="approve"]')?.click();
    await waitUntil(() => shadowOf(queue).querySelectorAll('.bulk-results li').length === 2, 'each item has its result', { timeout: 20_000 });
    const results = [...shadowOf(queue).querySelectorAll('.bulk-results li')].map((li) => li.textContent ?? '');
    chosen.forEach((item, index) => expect(results[index]).to.contain(item.title).and.contain('freigegeben'));
    expect(shadowOf(queue).querySelector('[role="status"]')?.textContent).to.contain('2 von 2 freigegeben');
    for (const item of chosen) expect(await publicStatus(item.kind, item.id)).to.equal(200);
    await expect(queue).to.be.accessible();
  });

  it('keeps other agencies out: the Dresden moderator gets 404 for a Leipzig item, and sees only Dresden', async () => {
    let element = await signedIn('moderator.leipzig@example.org');
    const leipzig = (await queueOf(element)).queue?.items[0];
    expect(leipzig?.region).to.equal('leipzig');
    element.remove();
    await fetch('/v1/console/session')
      .then((response) => response.json() as Promise<{ csrfToken: string }>)
      .then(({ csrfToken }) => fetch('/v1/console/sign-out', { method: 'POST', headers: { 'x-csrf-token': csrfToken } }));
    element = await signedIn(DRESDEN);
    const queue = await queueOf(element);
    expect(queue.queue?.items.some((item) => item.id === leipzig!.id)).to.equal(false);
    const direct = await fetch(`/v1/console/items/${leipzig!.kind}/${leipzig!.id}`);
    expect(direct.status).to.equal(404);
  });

  it('r rejects with a reason typed by keyboard; the author is told, the item leaves the queue', async () => {
    const element = await signedIn('moderator.goerlitz@example.org');
    const queue = await queueOf(element);
    const first = queue.queue?.items[0];
    expect(first?.region).to.equal('goerlitz');
    root(queue).querySelector<HTMLElement>('h1')?.focus();
    await sendKeys({ press: 'j' });
    await waitUntil(() => queue.detail?.id === first!.id && deepActiveElement()?.id === 'item-title', 'j opens it', { timeout: 20_000 });
    await sendKeys({ press: 'r' });
    await waitUntil(() => ['reason', 'reason-template'].includes(deepActiveElement()?.id ?? ''), 'focus in the reject form');
    await tabTo((active) => active.id === 'reason', 'the reason field');
    await sendKeys({ type: 'Bitte nennen Sie eine Ansprechperson.' });
    await tabTo((active) => active.localName === 'button' && active.textContent?.trim() === 'Ablehnen', 'the reject button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(queue).querySelector('[role="status"]')?.textContent?.includes('abgelehnt'), 'the result is announced', { timeout: 20_000 });
    await waitUntil(() => queue.queue?.items.every((item) => item.id !== first!.id), 'it leaves the queue', { timeout: 20_000 });
    expect(await publicStatus(first!.kind, first!.id)).to.equal(404);
  });

  it('an agency admin creates an API token (shown once), revokes it, and reads the audit log of these decisions', async () => {
    const element = await signedIn('admin.dresden@example.org');
    const tokens = await openSection(element, 'API-Schlüssel', 'mitmachen-console-tokens');
    await waitUntil(() => root(tokens).querySelector('#token-name'), 'the form shows', { timeout: 20_000 });
    await expect(tokens).to.be.accessible();
    const name = root(tokens).querySelector('#token-name') as HTMLInputElement;
    name.value = 'Browser-Test';
    name.dispatchEvent(new Event('input'));
    root(tokens).querySelector<HTMLFormElement>('form')?.requestSubmit();
    await waitUntil(() => root(tokens).querySelector<HTMLInputElement>('#secret')?.value.startsWith('mm_'), 'the secret is shown', { timeout: 20_000 });
    expect(deepActiveElement()?.id).to.equal('created-heading');
    await expect(tokens).to.be.accessible();
    const revoke = root(tokens).querySelector<HTMLButtonElement>('button[aria-label="Schlüssel „Browser-Test“ widerrufen"]');
    expect(revoke, 'the new token can be revoked').not.to.equal(null);
    revoke!.click();
    // Whatever the screen announces (an error too) ends the wait, so a failure says what it was.
    const announced = () => root(tokens).querySelector('[role="status"]')?.textContent?.trim() ?? '';
    await waitUntil(() => announced() !== '', 'the revocation is announced', { timeout: 20_000 });
    expect(announced()).to.contain('widerrufen');

    const audit = await openSection(element, 'Protokoll', 'mitmachen-console-audit');
    await waitUntil(() => root(audit).querySelector('table'), 'the log shows', { timeout: 20_000 });
    const text = root(audit).querySelector('tbody')?.textContent ?? '';
    for (const action of ['freigegeben', 'API-Schlüssel angelegt', 'API-Schlüssel widerrufen']) expect(text).to.contain(action);
    expect(text).to.contain(DRESDEN);
    await expect(audit).to.be.accessible();
  });

  it('an agency admin finds what is stored about an address, downloads it as JSON, and erases it; another agency’s is not found', async () => {
    const element = await signedIn('admin.dresden@example.org');
    // A person of its own, so no other test's data is erased.
    const csrfToken = ((await (await fetch('/v1/console/session')).json()) as { csrfToken: string }).csrfToken;
    const person = `dsgvo.${Date.now()}@example.org`;
    const created = await fetch('/v1/console/staff', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ email: person, role: 'analyst' }) });
    expect(created.status).to.equal(201);
    const screenOf = await openSection(element, 'Datenschutz', 'mitmachen-console-personal-data');
    const search = async (email: string) => {
      const input = root(screenOf).querySelector('#email') as HTMLInputElement;
      input.focus();
      input.select();
      await sendKeys({ type: email });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(screenOf).querySelector('#result-heading')?.textContent?.includes(email), `the result for ${email} shows`, { timeout: 20_000 });
    };
    await waitUntil(() => root(screenOf).querySelector('#email'), 'the form shows', { timeout: 20_000 });
    await expect(screenOf).to.be.accessible();

    (root(screenOf).querySelector('#email') as HTMLInputElement).focus();
    await sendKeys({ type: 'keine-adresse' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(screenOf).querySelector('#email-error'), 'the field says what is wrong');
    expect(deepActiveElement()?.id, 'focus back on the field').to.equal('email');
    await expect(screenOf).to.be.accessible();

    await search('moderator.leipzig@example.org');
    expect(root(screenOf).textContent).to.contain('in Ihrem Bereich nichts gespeichert');

    await search(person);
    expect(deepActiveElement()?.id, 'focus on the result').to.equal('result-heading');
    expect(root(screenOf).querySelector('tbody')?.textContent).to.contain('Konto in der Konsole');
    await expect(screenOf).to.be.accessible();
    const link = root(screenOf).querySelector<HTMLAnchorElement>('a[download]');
    const exported = (await (await fetch(link!.href)).json()) as { email: string; records: Array<{ kind: string; data: { role: string } }> };
    expect(exported.email).to.equal(person);
    expect(exported.records.map((record) => [record.kind, record.data.role])).to.deep.equal([['staff', 'analyst']]);

    [...root(screenOf).querySelectorAll('button')].find((one) => one.textContent?.includes('Alles löschen'))?.click();
    await waitUntil(() => root(screenOf).querySelector('[role="alertdialog"]'), 'asks to confirm');
    expect(deepActiveElement()?.id).to.equal('confirm-heading');
    await expect(screenOf).to.be.accessible();
    [...root(screenOf).querySelectorAll('button')].find((one) => one.textContent?.includes('Endgültig löschen'))?.click();
    await waitUntil(() => root(screenOf).querySelector('[role="status"]')?.textContent?.includes('Gelöscht oder anonymisiert: 1 Eintrag'), 'the erasure is announced', { timeout: 20_000 });
    await expect(screenOf).to.be.accessible();
    const again = (await (await fetch(`/v1/console/personal-data?email=${encodeURIComponent(person)}`)).json()) as { records: unknown[] };
    expect(again.records).to.deep.equal([]);
  });

  it('ending this session in the sessions list signs out', async () => {
    const element = await signedIn(DRESDEN);
    const sessions = await openSection(element, 'Sitzungen', 'mitmachen-console-sessions');
    const button = () => [...root(sessions).querySelectorAll('button')].find((one) => one.textContent?.trim() === 'Abmelden');
    await waitUntil(button, 'the current session has its button', { timeout: 20_000 });
    await expect(sessions).to.be.accessible();
    button()?.click();
    await waitUntil(() => screen(element, 'mitmachen-console-sign-in'), 'back at sign-in', { timeout: 20_000 });
    expect((await fetch('/v1/console/session')).status).to.equal(401);
  });
});
