import { sendKeys } from '@web/test-runner-commands';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { MitmachenConsole } from '../../packages/console/src/app/app.js';

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (at most `max` times) until `wanted` says the focused element is the one. */
export async function tabTo(wanted: (element: Element) => boolean, what: string, max = 25): Promise<Element> {
  for (let step = 0; step < max; step++) {
    const active = deepActiveElement();
    if (active !== null && wanted(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * The sign-in link the test server logged for `email` (there is no mail server in tests), newer
 * than `previous`: scripts/browser-api-server.mjs reads it from the server's output.
 */
export async function signInLink(email: string, previous?: string): Promise<string> {
  let url: string | undefined;
  await waitUntil(
    async () => {
      const response = await fetch(`/__mitmachen__/sign-in-link?email=${encodeURIComponent(email)}`);
      const found = (await response.json()) as { url: string } | null;
      url = found?.url;
      return url !== undefined && url !== previous;
    },
    `the server logs a sign-in link for ${email}`,
    { timeout: 20_000, interval: 100 },
  );
  return url as string;
}

export const shadowOf = (element: Element | null | undefined) => element?.shadowRoot as ShadowRoot;

/**
 * Signs in through the API as a script would (the keyboard way is tested in
 * console.api.browser.test.ts), then shows the console. Each test file has its own browser
 * context, so its cookies are its own.
 */
export async function signInThroughApi(email: string): Promise<MitmachenConsole> {
  // Other files sign in as the same person at the same time, and the log shows only the newest
  // link for an address: the one read may be theirs, already used (401). Then ask again.
  for (let attempt = 1; ; attempt++) {
    const before = (await (await fetch(`/__mitmachen__/sign-in-link?email=${encodeURIComponent(email)}`)).json()) as { url: string } | null;
    const asked = await fetch('/v1/console/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    if (asked.status !== 202) throw new Error(`asking for a link answered ${asked.status}`);
    const token = new URL(await signInLink(email, before?.url)).hash.replace('#sign-in=', '');
    const confirmed = await fetch('/v1/console/sign-in/confirm', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    if (confirmed.status === 200) break;
    if (confirmed.status !== 401 || attempt === 5) throw new Error(`confirming the link answered ${confirmed.status} (attempt ${attempt})`);
  }
  return fixture<MitmachenConsole>(html`<mitmachen-console api-base="/v1"></mitmachen-console>`);
}

/** Goes to a section by its link in the console's navigation and returns its screen. */
export async function openSection(element: MitmachenConsole, name: string, tag: string): Promise<HTMLElement> {
  const link = () => [...shadowOf(element).querySelectorAll<HTMLElement>('nav a')].find((a) => a.textContent?.trim() === name);
  await waitUntil(link, `the navigation offers ${name}`, { timeout: 20_000 });
  link()?.click();
  await waitUntil(() => shadowOf(element).querySelector(tag), `${name} shows`);
  return shadowOf(element).querySelector(tag) as HTMLElement;
}
