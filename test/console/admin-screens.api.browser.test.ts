/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { solveChallenge } from 'altcha-lib/v1';
import '../../packages/console/src/app/define.js';
import { deepActiveElement, openSection, shadowOf, signInThroughApi } from './support.js';

/*
 * The agency admin's screens against the real reference server (scripts/browser-api-server.mjs),
 * in a browser context of their own: reason templates, a session ending under an open screen,
 * CSRF refusal, and the item view's manage link. axe in every state.
 */

const root = shadowOf;
const buttonNamed = (screen: HTMLElement, name: string) =>
  [...root(screen).querySelectorAll<HTMLButtonElement>('button')].find((one) => one.getAttribute('aria-label') === name || one.textContent?.trim() === name);
const status = (screen: HTMLElement) => root(screen).querySelector('[role="status"]')?.textContent ?? '';

describe('the admin screens against the real server', function () {
  it('an agency admin adds a reason template, corrects it, archives it; the platform’s stay read-only', async () => {
    const element = await signInThroughApi('admin.dresden@example.org');
    const screen = await openSection(element, 'Textbausteine', 'mitmachen-console-templates');
    await waitUntil(() => root(screen).querySelector('table'), 'the templates show', { timeout: 20_000 });
    await expect(screen).to.be.accessible();
    const platformRows = [...root(screen).querySelectorAll('tbody tr')].filter((row) => row.textContent?.includes('ganze Plattform'));
    expect(platformRows.length, 'the demo has platform templates').to.be.greaterThan(0);
    for (const row of platformRows) expect(row.querySelectorAll('button').length, 'no buttons on the platform’s').to.equal(0);

    // Sending an empty form names both fields and focuses the first.
    root(screen).querySelector<HTMLFormElement>('form')?.requestSubmit();
    await waitUntil(() => root(screen).querySelector('#title-error') && root(screen).querySelector('#text-error'), 'both fields say what is missing');
    expect(deepActiveElement()?.id).to.equal('template-title');
    await expect(screen).to.be.accessible();

    const title = `Bild fehlt ${Date.now()}`;
    await sendKeys({ type: title });
    (root(screen).querySelector('#template-text') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Bitte fügen Sie ein Foto hinzu.' });
    root(screen).querySelector<HTMLFormElement>('form')?.requestSubmit();
    await waitUntil(() => status(screen).includes('ist angelegt'), 'the template is added', { timeout: 20_000 });
    expect(root(screen).querySelector('tbody')?.textContent).to.contain(title);

    buttonNamed(screen, `Ändern: Textbaustein „${title}“`)?.click();
    await waitUntil(() => deepActiveElement()?.id === 'template-title', 'the form takes the template, focus on its title');
    expect((root(screen).querySelector('#template-text') as HTMLTextAreaElement).value).to.equal('Bitte fügen Sie ein Foto hinzu.');
    (root(screen).querySelector('#template-text') as HTMLTextAreaElement).focus();
    await sendKeys({ type: ' Danke!' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(screen).includes('ist gespeichert'), 'the change is saved', { timeout: 20_000 });
    await expect(screen).to.be.accessible();

    buttonNamed(screen, `Archivieren: Textbaustein „${title}“`)?.click();
    await waitUntil(() => status(screen).includes('archiviert'), 'archived', { timeout: 20_000 });
    await expect(screen).to.be.accessible();

    const stored = (await (await fetch('/v1/console/reason-templates')).json()) as { items: Array<{ title: string; text: string; archived: boolean }> };
    expect(stored.items.find((one) => one.title === title)).to.deep.include({ text: 'Bitte fügen Sie ein Foto hinzu. Danke!', archived: true });
    const audit = (await (await fetch('/v1/console/audit?action=template-update')).json()) as { total: number };
    expect(audit.total, 'the change and the archiving are in the audit log').to.be.greaterThanOrEqual(2);
  });
});

describe('a session that ends under an open screen', function () {
  it('refuses a change without the CSRF token, even from the console’s own page', async () => {
    await signInThroughApi('admin.dresden@example.org');
    const body = JSON.stringify({ title: 'Ohne Token', text: 'Darf nicht entstehen.' });
    const refused = await fetch('/v1/console/reason-templates', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(refused.status).to.equal(403);
    expect(((await refused.json()) as { type: string }).type).to.match(/csrf$/);
    const wrong = await fetch('/v1/console/reason-templates', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': 'falsch' }, body });
    expect(wrong.status).to.equal(403);
    const stored = (await (await fetch('/v1/console/reason-templates')).json()) as { items: Array<{ title: string }> };
    expect(stored.items.map((one) => one.title)).not.to.include('Ohne Token');
  });

  it('says the session ended, offers to sign in again, and keeps what was typed; after signing in again it goes through', async () => {
    const element = await signInThroughApi('admin.dresden@example.org');
    const screen = await openSection(element, 'Textbausteine', 'mitmachen-console-templates');
    await waitUntil(() => root(screen).querySelector('#template-title'), 'the form shows', { timeout: 20_000 });
    (root(screen).querySelector('#template-title') as HTMLInputElement).focus();
    const title = `Nach Ablauf ${Date.now()}`;
    await sendKeys({ type: title });
    (root(screen).querySelector('#template-text') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Getippt, bevor die Sitzung endete.' });

    // The session ends meanwhile (revoked elsewhere, or 30 minutes idle: the server answers the same 401).
    const session = (await (await fetch('/v1/console/session')).json()) as { id: string; csrfToken: string };
    const revoked = await fetch(`/v1/console/sessions/${session.id}/revoke`, { method: 'POST', headers: { 'x-csrf-token': session.csrfToken } });
    expect(revoked.status).to.equal(204);

    root(screen).querySelector<HTMLFormElement>('form')?.requestSubmit();
    const banner = () => root(element).querySelector('.banner-region')?.textContent ?? '';
    await waitUntil(() => banner().includes('Ihre Sitzung ist abgelaufen'), 'the console says the session ended', { timeout: 20_000 });
    expect(status(screen)).to.contain('Sitzung ist abgelaufen');
    expect((root(screen).querySelector('#template-title') as HTMLInputElement).value, 'the title is kept').to.equal(title);
    expect((root(screen).querySelector('#template-text') as HTMLTextAreaElement).value, 'the text is kept').to.equal('Getippt, bevor die Sitzung endete.');
    await expect(element).to.be.accessible();

    // Signed in again (in another tab, as the banner says): "I am signed in again", then send again.
    await signInThroughApi('admin.dresden@example.org').then((other) => other.remove());
    buttonNamed(element, 'Ich bin wieder angemeldet')?.click();
    await waitUntil(() => !banner().includes('abgelaufen'), 'the banner goes', { timeout: 20_000 });
    const again = await openSection(element, 'Textbausteine', 'mitmachen-console-templates');
    expect((root(again).querySelector('#template-title') as HTMLInputElement).value, 'still there after signing in again').to.equal(title);
  });
});

describe('the manage link of a listing, from the item view', function () {
  /** A citizen reports a published Dresden listing (with the proof of work a form solves), so it is in the reports tab. */
  async function reportedDresdenListing(): Promise<{ id: string; title: string }> {
    const found = (await (await fetch('/v1/opportunities?region=dresden&locationType=onsite&pageSize=3&sort=newest')).json()) as { items: Array<{ id: string; title: string }> };
    const listing = found.items[2] as { id: string; title: string };
    const challenge = (await (await fetch('/v1/challenge')).json()) as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number };
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
    const altcha = btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution?.number, salt: challenge.salt, signature: challenge.signature }));
    const reported = await fetch(`/v1/opportunities/${listing.id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', altcha },
      body: JSON.stringify({ reason: 'Die Telefonnummer im Text stimmt nicht mehr.' }),
    });
    expect(reported.ok, `reporting answered ${reported.status}`).to.equal(true);
    return listing;
  }

  it('a moderator issues a new link for a reported listing (shown once) and revokes all links', async () => {
    const listing = await reportedDresdenListing();
    const element = await signInThroughApi('moderator.dresden@example.org');
    await waitUntil(() => root(element).querySelector('mitmachen-console-queue'), 'the queue shows', { timeout: 20_000 });
    const queue = root(element).querySelector('mitmachen-console-queue') as HTMLElement & { queue?: { items: Array<{ id: string }> } };
    await waitUntil(() => root(queue).querySelector('#tab-reports'), 'the tabs show', { timeout: 20_000 });
    root(queue).querySelector<HTMLElement>('#tab-reports')?.click();
    const entry = () => [...root(queue).querySelectorAll<HTMLButtonElement>('button.open')].find((one) => one.textContent?.trim() === listing.title);
    await waitUntil(entry, 'the reported listing is in the reports tab', { timeout: 20_000 });
    entry()?.click();
    await waitUntil(() => root(queue).querySelector('[data-manage="reissue"]'), 'the item offers its manage link', { timeout: 20_000 });
    await expect(queue).to.be.accessible();

    root(queue).querySelector<HTMLButtonElement>('[data-manage="reissue"]')?.click();
    await waitUntil(() => root(queue).querySelector<HTMLInputElement>('#manage-link')?.value.includes('/manage/#token='), 'the new link is shown', { timeout: 20_000 });
    expect(deepActiveElement()?.id, 'focus on the link').to.equal('manage-link');
    expect(status(queue)).to.contain('neuer Verwaltungslink');
    await expect(queue).to.be.accessible();
    const token = new URL((root(queue).querySelector('#manage-link') as HTMLInputElement).value).hash.replace('#token=', '');
    expect((await fetch('/v1/manage', { headers: { authorization: `Manage ${token}` } })).status, 'the new link opens the listing').to.equal(200);

    root(queue).querySelector<HTMLButtonElement>('[data-manage="revoke"]')?.click();
    await waitUntil(() => status(queue).includes('gesperrt'), 'the revocation is announced', { timeout: 20_000 });
    expect(root(queue).querySelector('#manage-link'), 'the revoked link is no longer shown').to.equal(null);
    expect((await fetch('/v1/manage', { headers: { authorization: `Manage ${token}` } })).status, 'the link no longer opens it').to.equal(401);
    await expect(queue).to.be.accessible();
  });
});

describe('the figures', function () {
  it('an analyst lands on the figures of their agency: a table with the numbers and a chart beside it', async () => {
    const element = await signInThroughApi('analyst.dresden@example.org');
    await waitUntil(() => root(element).querySelector('mitmachen-console-statistics'), 'the figures are the analyst’s first screen', { timeout: 20_000 });
    const screen = root(element).querySelector('mitmachen-console-statistics') as HTMLElement;
    await waitUntil(() => root(screen).querySelector('table'), 'the table shows', { timeout: 20_000 });
    // The per-region table and chart (the monthly ones below them load on their own).
    const regions = [...root(screen).querySelectorAll('[aria-labelledby="figures-caption"] tbody th')].map((cell) => cell.textContent?.trim());
    expect(regions).to.include('Dresden');
    expect(regions, 'another agency’s region is not shown').not.to.include('Leipzig');
    const svgImage = root(screen).querySelector('svg[role="img"][aria-labelledby="chart-title"]');
    expect(svgImage?.querySelectorAll('rect').length, 'one bar per region').to.equal(regions.length);
    expect(svgImage?.querySelector('title')?.textContent).to.contain('je Region');
    await expect(screen).to.be.accessible();
  });
});

