/**
 * The widgets on a page with hostile global CSS (issue 5): compared with the same page without
 * it, the key parts keep their place and size within a tolerance, and the search stays usable.
 * By design the widgets take the page's font family, text colour and font size (the host
 * inherits them); everything else the page sets must not reach inside.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { firstOpportunity, launchChromium, skip, startPageServer, violationWatcher, watch, type PageReport, type PageServer } from './harness.js';
import { hostileCss, hostileTextCss, smallRootCss } from './hostile-css.js';
import { openDetail, typeAndSettle } from './flows.js';
import { elementsPage, siteCss } from './pages.js';

/** Key parts: the element that holds them, and the part inside. */
const parts = {
  'search field': ['#search mitmachen-search', 'input[type="search"]'],
  'first card': ['#search mitmachen-search', '.grid li[data-id]'],
  'filter fieldset': ['#search mitmachen-search', 'fieldset.group'],
  paging: ['#search mitmachen-search', '[part="paging"]'],
  'offer form first input': ['#offer-form mitmachen-offer-form', 'input[name="displayName"]'],
  'offer form submit': ['#offer-form mitmachen-offer-form', '[part~="submit-button"]'],
  'contact form first input': ['#interest-form mitmachen-interest-form', 'input[name="name"]'],
  'contact form submit': ['#interest-form mitmachen-interest-form', '[part~="submit-button"]'],
} as const;

type Box = { x: number; y: number; width: number; height: number };

/** Each part's box relative to its element's top left corner (the page may move the element). */
async function measure(page: Page, report: PageReport): Promise<Record<string, Box>> {
  const boxes: Record<string, Box> = {};
  for (const [name, [host, part]] of Object.entries(parts)) {
    const locator = page.locator(host).locator(part).first();
    await report.until(locator.waitFor({ timeout: 0 }));
    const [outer, inner] = await Promise.all([page.locator(host).boundingBox(), locator.boundingBox()]);
    assert.ok(outer && inner, `${name} is laid out`);
    boxes[name] = { x: inner.x - outer.x, y: inner.y - outer.y, width: inner.width, height: inner.height };
  }
  return boxes;
}

/** How far apart two measurements are, per part and coordinate, in CSS pixels. */
function deltas(plain: Record<string, Box>, hostile: Record<string, Box>): Record<string, Box> {
  const result: Record<string, Box> = {};
  for (const name of Object.keys(plain)) {
    const [a, b] = [plain[name]!, hostile[name]!];
    result[name] = { x: Math.round(b.x - a.x), y: Math.round(b.y - a.y), width: Math.round(b.width - a.width), height: Math.round(b.height - a.height) };
  }
  return result;
}

/** Parts whose place or size differs by more than `tolerance` CSS pixels, with the deltas. */
function moved(plain: Record<string, Box>, other: Record<string, Box>, tolerance: number): Record<string, Box> {
  return Object.fromEntries(
    Object.entries(deltas(plain, other)).filter(([, box]) => Object.values(box).some((delta) => Math.abs(delta) > tolerance)),
  );
}

describe('the widgets on a page with hostile global CSS', { skip }, () => {
  let api: TestServer;
  let site: PageServer;
  let browser: Browser;
  let opportunity: { id: string; title: string };

  /** Loads `path` and measures the key parts; the page reports no error meanwhile. */
  async function layoutOf(path: string): Promise<Record<string, Box>> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const report = watch(page);
    await page.goto(`${site.url}${path}`);
    const boxes = await measure(page, report);
    assert.deepEqual(report.errors, []);
    await page.close();
    return boxes;
  }

  before(async () => {
    api = await startTestServer({ seed: { opportunities: 60, offers: 6 } });
    site = await startPageServer();
    opportunity = await firstOpportunity(api.baseUrl);
    const page = (...sheets: string[]) =>
      elementsPage({ api: api.baseUrl, opportunityId: opportunity.id, head: sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('') });
    site.set('/watch.js', violationWatcher);
    site.set('/site.css', siteCss);
    site.set('/hostile.css', hostileCss);
    site.set('/hostile-text.css', hostileTextCss);
    site.set('/small-root.css', smallRootCss);
    // The plain page with the one setting of the hostile sheet that comes through by design.
    site.set('/tight.css', { type: 'text/css; charset=utf-8', body: 'body { line-height: 1; }\n' });
    site.set('/', page());
    site.set('/hostile', page('/hostile.css'));
    site.set('/tight', page('/tight.css'));
    site.set('/hostile-text', page('/hostile.css', '/hostile-text.css'));
    site.set('/small-root', page('/small-root.css'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('keeps every key part within 1px of the plain page under resets and tag rules with !important', async () => {
    const [plain, hostile] = [await layoutOf('/'), await layoutOf('/hostile')];
    assert.deepEqual(moved(plain, hostile, 1), {});
  });

  // letter-spacing, text-transform, white-space … on `*` reach the host and would be inherited
  // inside (with white-space: nowrap a card's title was even covered where a click lands); the
  // tokens reset them on `:host > *`.
  it('keeps them when the page also sets text settings on * with !important', async () => {
    const [plain, hostile] = [await layoutOf('/tight'), await layoutOf('/hostile-text')];
    assert.deepEqual(moved(plain, hostile, 1), {});
  });

  it('stays usable: typing finds a title, a click opens its detail', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const report = watch(page);
    await page.goto(`${site.url}/hostile`);
    const search = page.locator('#search mitmachen-search');
    const word = opportunity.title.split(/\s+/).find((part) => part.length > 4) ?? opportunity.title;
    await report.until(search.locator('input[type="search"]').waitFor({ timeout: 0 }));
    await typeAndSettle(page, report, '#search mitmachen-search', word);
    const result = search.locator('.grid li[data-id] .link', { hasText: opportunity.title }).first();
    assert.ok((await result.count()) > 0, `searching "${word}" finds "${opportunity.title}"`);
    await openDetail(report, result, search.locator('mitmachen-opportunity'), opportunity.title);
    assert.deepEqual(report.errors, []);
    await page.close();
  });

  // The 62.5 % trick (1rem = 10px, text still 16px): the widgets size everything by their own
  // text (em), not by the root, so spacing, card width, sidebar and field widths stay.
  it('keeps the layout when the root font size is 62.5 %', async () => {
    const [plain, smallRoot] = [await layoutOf('/'), await layoutOf('/small-root')];
    assert.deepEqual(moved(plain, smallRoot, 1), {});
  });
});
