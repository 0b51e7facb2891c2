/**
 * What a visitor does with the elements, step by step, for the hostile-page tests. Every wait
 * ends early with the page's own error when it reports one (see `watch`).
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { PageReport } from './harness.js';

/** A failed search or detail load is retried this often before the test gives up with its message. */
const ATTEMPTS = 3;

/**
 * Types `q` into the search `selector` and resolves once that search has settled and its results
 * are painted (the element's own `mitmachen-search` event, then its `updateComplete`). Waiting
 * for the element's answer rather than for a card to appear means a slow machine makes the test
 * slower, never stuck: a card of the title may already show in the results from before, and a
 * click on it could land while the answer replaces the list. A search that failed (a busy
 * server) is retried with the element's own retry button.
 */
export async function typeAndSettle(page: Page, report: PageReport, selector: string, q: string): Promise<void> {
  const listen = () =>
    page.evaluate(
      ([selector, q]) => {
        const host = document.querySelector(selector) as HTMLElement & { updateComplete: Promise<unknown> };
        // No named function in here: tsx would wrap it in a `__name` call the page does not have.
        const heard = new AbortController();
        const settled = new Promise<number | null>((resolve) => {
          host.addEventListener(
            'mitmachen-search',
            (event) => {
              const { state, total } = (event as CustomEvent<{ state: { q: string }; total: number | undefined }>).detail;
              if (state.q !== q) return;
              heard.abort();
              void host.updateComplete.then(() => resolve(total ?? null));
            },
            { signal: heard.signal },
          );
        });
        (window as unknown as { __settled: Promise<number | null> }).__settled = settled;
      },
      [selector, q] as const,
    );
  const settled = () => report.until(page.evaluate(() => (window as unknown as { __settled: Promise<number | null> }).__settled));
  await listen();
  await page.locator(selector).locator('input[type="search"]').fill(q);
  for (let attempt = 1; (await settled()) === null; attempt++) {
    assert.ok(attempt < ATTEMPTS, `the search for "${q}" failed ${ATTEMPTS} times`);
    await listen();
    await page.locator(selector).locator('[part~="retry-button"]').click();
  }
}

/** Clicks `link` and waits for the detail `detail` to show `title`, retrying a failed load with its own button. */
export async function openDetail(report: PageReport, link: Locator, detail: Locator, title: string): Promise<void> {
  await link.click();
  const heading = detail.locator('h2', { hasText: title }).first();
  const failed = detail.locator('[part="notice"]');
  for (let attempt = 1; ; attempt++) {
    await report.until(heading.or(failed).first().waitFor({ timeout: 0 }));
    if (await heading.isVisible()) return;
    const retry = failed.locator('[part="retry"]');
    assert.ok(attempt < ATTEMPTS && (await retry.count()) > 0, `the detail of "${title}" did not load: ${await failed.textContent()}`);
    await retry.click();
  }
}

/** Types a word of a known title, ticks a filter, opens a result and its contact form. */
export async function useSearch(page: Page, report: PageReport, title: string): Promise<void> {
  const search = page.locator('#search mitmachen-search');
  const links = search.locator('.grid li[data-id] .link');
  await report.until(links.first().waitFor({ timeout: 0 }));
  const word = title.split(/\s+/).find((part) => part.length > 4) ?? title;
  await typeAndSettle(page, report, '#search mitmachen-search', word);
  assert.ok((await search.locator('.grid li[data-id] .link', { hasText: title }).count()) > 0, `searching "${word}" finds "${title}"`);
  await search.locator('fieldset.group input[type="checkbox"]').first().check();
  await report.until(search.locator('[part="chip"]').first().waitFor({ timeout: 0 }));
  await typeAndSettle(page, report, '#search mitmachen-search', '');
  const chosen = (await links.first().textContent())?.trim() ?? '';
  const detail = search.locator('mitmachen-opportunity');
  await openDetail(report, links.first(), detail, chosen);
  await detail.locator('[part="contact-button"]').click();
  await report.until(detail.locator('mitmachen-interest-form input[name="name"]').waitFor({ timeout: 0 }));
}

export async function useCard(page: Page, report: PageReport, title: string): Promise<void> {
  await report.until(page.locator('#card mitmachen-opportunity-card a', { hasText: title }).first().waitFor({ timeout: 0 }));
}

/** Leaves a required field empty and one invalid, then sends: messages at the field and a summary. */
export async function checkForm(page: Page, report: PageReport, selector: string): Promise<void> {
  const form = page.locator(selector);
  const first = form.locator('input:not([type="checkbox"]):not([type="radio"]):not([tabindex="-1"])').first();
  await report.until(first.waitFor({ timeout: 0 }));
  await first.fill('x');
  await form.locator('input[type="email"]').first().fill('not-an-address');
  await form.locator('input[type="email"]').first().blur();
  await report.until(form.locator('[part="error-message"]').first().waitFor({ timeout: 0 }));
  await form.locator('[part~="submit-button"]').click();
  await report.until(form.locator('[part="error-summary"]').waitFor({ timeout: 0 }));
  assert.ok((await form.locator('[part="error-summary"] li').count()) >= 2, `${selector}: the summary lists the problems`);
}

/** Fills the standalone contact form correctly and sends it through the real server. */
export async function postInterest(page: Page, report: PageReport, selector: string): Promise<void> {
  const form = page.locator(selector);
  await form.locator('input[name="name"]').fill('Max Mustermann');
  await form.locator('input[name="email"]').fill('max@example.net');
  await form.locator('[name="message"]').fill('Ich hätte mittwochs Zeit und würde gern mitmachen.');
  await form.locator('input[name="consent"]').check();
  await form.locator('[part~="submit-button"]').click();
  await report.until(form.locator('[part="confirmation"]').waitFor({ timeout: 0 }));
}
