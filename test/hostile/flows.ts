/**
 * What a visitor does with the elements, step by step, for the hostile-page tests. Every wait
 * ends early with the page's own error when it reports one (see `watch`).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { PageReport } from './harness.js';

/** Types a word of a known title, ticks a filter, opens a result and its contact form. */
export async function useSearch(page: Page, report: PageReport, title: string): Promise<void> {
  const search = page.locator('#search mitmachen-search');
  const links = search.locator('.grid li[data-id] .link');
  await report.until(links.first().waitFor({ timeout: 0 }));
  const word = title.split(/\s+/).find((part) => part.length > 4) ?? title;
  await search.locator('input[type="search"]').fill(word);
  // The typed word shows up in the page URL-free state: the list now holds that title.
  await report.until(search.locator('.grid li[data-id] .link', { hasText: title }).first().waitFor({ timeout: 0 }));
  await search.locator('fieldset.group input[type="checkbox"]').first().check();
  await report.until(search.locator('[part="chip"]').first().waitFor({ timeout: 0 }));
  await search.locator('input[type="search"]').fill('');
  await report.until(links.first().waitFor({ timeout: 0 }));
  const chosen = (await links.first().textContent())?.trim() ?? '';
  await links.first().click();
  const detail = search.locator('mitmachen-opportunity');
  await report.until(detail.locator('h2', { hasText: chosen }).first().waitFor({ timeout: 0 }));
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
