/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../packages/console/src/app/define.js';
import type { MitmachenConsole } from '../../packages/console/src/app/app.js';
import { deepActiveElement, openSection, shadowOf, signInThroughApi, tabTo } from './support.js';

/*
 * Passkeys in Chromium with the DevTools virtual authenticator (scripts/virtual-authenticator.mjs),
 * against the real server (its RP ID is this page's host, its origin this page's origin): add a
 * passkey by keyboard on the sessions page, sign out, sign in with it by keyboard, remove it, and
 * see the sign-in with it refused. German and English, axe in every state. This file's browser
 * context has its own cookies and its own authenticator.
 */

const GOERLITZ = 'moderator.goerlitz@example.org';

const screenOf = (element: Element, tag: string) => shadowOf(element).querySelector<HTMLElement>(tag);

async function passkeysScreen(element: MitmachenConsole): Promise<HTMLElement> {
  await openSection(element, 'Sitzungen', 'mitmachen-console-sessions');
  await waitUntil(() => screenOf(element, 'mitmachen-console-passkeys'), 'the passkeys show on the sessions page');
  const screen = screenOf(element, 'mitmachen-console-passkeys') as HTMLElement;
  await waitUntil(() => !shadowOf(screen).querySelector('[aria-busy="true"]'), 'the passkeys are loaded', { timeout: 20_000 });
  return screen;
}

async function signOut(): Promise<void> {
  const session = (await (await fetch('/v1/console/session')).json()) as { csrfToken: string };
  const response = await fetch('/v1/console/sign-out', { method: 'POST', headers: { 'x-csrf-token': session.csrfToken } });
  expect(response.status).to.equal(204);
}

/** The sign-in page, in `lang`, with its passkey button. */
async function signInPage(lang: 'de' | 'en'): Promise<{ app: MitmachenConsole; signIn: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><mitmachen-console api-base="/v1"></mitmachen-console></div>`);
  const app = wrapper.querySelector('mitmachen-console') as MitmachenConsole;
  await waitUntil(() => screenOf(app, 'mitmachen-console-sign-in'), 'the sign-in page shows', { timeout: 20_000 });
  return { app, signIn: screenOf(app, 'mitmachen-console-sign-in') as HTMLElement };
}

describe('passkeys in the console (virtual authenticator, real server)', () => {
  before(async () => {
    await executeServerCommand('virtual-authenticator', { action: 'add' });
  });

  it('adds a passkey by keyboard, signs in with it, removes it, and is then refused', async () => {
    // Adding, in German.
    let app = await signInThroughApi(GOERLITZ);
    let screen = await passkeysScreen(app);
    expect(shadowOf(screen).textContent).to.include('Sie haben noch keinen Passkey.');
    await expect(screen).to.be.accessible();

    await tabTo((active) => active.id === 'passkey-name', 'the passkey’s name field', 40);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowOf(screen).querySelector('#passkey-name-error'), 'an empty name is explained');
    expect(deepActiveElement()?.id, 'focus back in the field').to.equal('passkey-name');
    await expect(screen).to.be.accessible();
    await sendKeys({ type: 'Virtueller Schlüssel' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowOf(screen).querySelector('[role="status"]')?.textContent?.includes('ist hinzugefügt'), 'the passkey is added', { timeout: 20_000 });
    const row = [...shadowOf(screen).querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(row).to.have.length(1);
    expect(row[0]).to.include('Virtueller Schlüssel').and.include('noch nie');
    await expect(screen).to.be.accessible();
    const credentials = await executeServerCommand<Array<{ rpId: string; isResidentCredential: boolean }>, { action: string }>('virtual-authenticator', { action: 'credentials' });
    expect(credentials.map((c) => [c.rpId, c.isResidentCredential])).to.deep.equal([[location.hostname, true]]);

    // Signing in with it, in English, by keyboard.
    app.remove();
    await signOut();
    let page = await signInPage('en');
    await expect(page.signIn).to.be.accessible();
    await tabTo((active) => active.localName === 'button' && active.textContent?.trim() === 'Sign in with a passkey', 'the passkey button', 40);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !screenOf(page.app, 'mitmachen-console-sign-in'), 'signed in with the passkey', { timeout: 20_000 });
    const session = (await (await fetch('/v1/console/session')).json()) as { account: { email: string } };
    expect(session.account.email).to.equal(GOERLITZ);
    const audit = await fetch('/v1/console/audit?action=passkey-signed-in');
    // A moderator does not read the audit log; that the step is logged is tested on the server.
    expect(audit.status).to.equal(403);

    // Removing it, by keyboard; the list says when it was used.
    page.app.closest('div')?.remove();
    app = await fixture<MitmachenConsole>(html`<mitmachen-console api-base="/v1"></mitmachen-console>`);
    screen = await passkeysScreen(app);
    expect(shadowOf(screen).querySelector('tbody tr')?.textContent).not.to.include('noch nie');
    await tabTo((active) => active.getAttribute('aria-label') === 'Passkey „Virtueller Schlüssel“ entfernen', 'the remove button', 60);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowOf(screen).querySelector('[role="status"]')?.textContent?.includes('ist entfernt'), 'the passkey is removed');
    expect(deepActiveElement()?.localName, 'focus on the heading').to.equal('h2');
    expect(shadowOf(screen).textContent).to.include('Sie haben noch keinen Passkey.');
    await expect(screen).to.be.accessible();

    // The authenticator still holds the key, but the server no longer takes it.
    app.remove();
    await signOut();
    page = await signInPage('en');
    await tabTo((active) => active.localName === 'button' && active.textContent?.trim() === 'Sign in with a passkey', 'the passkey button', 40);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowOf(page.signIn).querySelector('.passkey [role="alert"] .problem'), 'the refusal shows', { timeout: 20_000 });
    expect(shadowOf(page.signIn).querySelector('.passkey [role="alert"]')?.textContent).to.include('unknown or was removed');
    expect((await fetch('/v1/console/session')).status).to.equal(401);
    await expect(page.signIn).to.be.accessible();
    page.app.closest('div')?.remove();
  });
});
