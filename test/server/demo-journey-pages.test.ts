/**
 * The demo site shows a web editor the whole journey: post an opportunity, offer help, manage a
 * listing with the mailed link. Each page embeds its element as the README says, under the
 * demo's strict CSP, and the start page links all three.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/server.js';

const pages = [
  { path: '/demo/angebot-einstellen.html', element: /<mitmachen-opportunity-form api-base="\/v1" privacy-url="\/"><\/mitmachen-opportunity-form>/ },
  { path: '/demo/hilfe-anbieten.html', element: /<mitmachen-offer-form api-base="\/v1" privacy-url="\/"><\/mitmachen-offer-form>/ },
  { path: '/manage/', element: /<mitmachen-manage api-base="\/v1" heading-level="1"><\/mitmachen-manage>/ },
];

describe('the demo pages of the posting and manage journey', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 } });
  });
  after(() => server?.close());

  for (const { path, element } of pages) {
    it(`serves ${path} with its element, the script tag and no inline script or style`, async () => {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const page = await response.text();
      assert.match(page, /<html lang="de">/);
      assert.match(page, /<script type="module" src="\/mitmachen\.js"><\/script>/);
      assert.match(page, element);
      assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
    });
  }

  it('links the three pages from the start page', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    for (const href of ['/demo/angebot-einstellen.html', '/demo/hilfe-anbieten.html', '/manage/']) assert.ok(page.includes(`href="${href}"`), href);
  });

  it('keeps the manage page out of search engines and its address out of Referer headers', async () => {
    const page = await (await fetch(`${server.url}/manage/`)).text();
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.match(page, /<meta name="referrer" content="no-referrer">/);
  });
});
