import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';

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
