/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/console/src/app/define.js';
import { deepActiveElement, openSection, shadowOf, signInThroughApi } from './support.js';

/*
 * The agency admin's screens against the real reference server (scripts/browser-api-server.mjs),
 * in a browser context of their own: reason templates. axe in every state.
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
