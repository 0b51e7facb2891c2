/**
 * The WordPress plugin on a real WordPress (Debian's 6.1 with MariaDB and PHP, see harness.ts)
 * against a real mitmachen server: an administrator sets the server on the settings page (an
 * unreachable one is refused, saying why), an Author puts the search on posts as a block and as
 * a shortcode, a visitor in Chromium searches on both, the block's sidebar in the editor lists
 * the server's regions and categories, and without a server the pages stay clean.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OpportunitySearchResult, Taxonomy } from '@mitmachen/contract';
import { browserTestSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { closedContext, startWordPress, wordpressSkip, type WordPress } from './harness.js';

const FREE_PORT_MODULE = '../../scripts/free-port.mjs';
const { freePort } = (await import(FREE_PORT_MODULE)) as { freePort: () => Promise<number> };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const skip = browserTestSkip() || wordpressSkip();
if (skip) console.log(`# WordPress tests skipped: ${skip}`);

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

async function axe(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (context) => (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe.run(context),
    selector,
  );
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
}

/** Lines of WordPress's debug log that come from the plugin. */
function pluginProblems(wp: WordPress): string[] {
  return wp.debugLog().split('\n').filter((line) => /mitmachen/i.test(line) || /PHP Fatal/.test(line));
}

/** Opens a post in the block editor, past the welcome guide, with the search block selected and its sidebar open. */
async function openBlockSidebar(page: Page, site: string, post: number): Promise<void> {
  await page.goto(`${site}/wp-admin/post.php?post=${post}&action=edit`);
  await page.waitForFunction(() => {
    const wp = (window as unknown as { wp?: { data?: { select(store: string): { getBlocks(): unknown[] } } } }).wp;
    return (wp?.data?.select('core/block-editor').getBlocks().length ?? 0) > 0;
  }, undefined, { timeout: 0 });
  await page.evaluate(() => {
    type Store = Record<string, (...args: unknown[]) => unknown>;
    const { data } = (window as unknown as { wp: { data: { select(store: string): Store; dispatch(store: string): Store } } }).wp;
    if (data.select('core/edit-post').isFeatureActive!('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature!('welcomeGuide');
    const block = (data.select('core/block-editor').getBlocks!() as { name: string; clientId: string }[]).find((b) => b.name === 'mitmachen/search')!;
    data.dispatch('core/block-editor').selectBlock!(block.clientId);
    data.dispatch('core/edit-post').openGeneralSidebar!('edit-post/block');
  });
}

// In order: the first test sets the server's address through the settings page, as an
// administrator would; the ones after it use that address, and the last one unsets it.
describe('the WordPress plugin on WordPress 6.1', { skip }, () => {
  let api: TestServer;
  let wp: WordPress;
  let browser: Browser;
  let admin: BrowserContext;
  let region: { id: string; label: string };
  let category: { id: string; label: string };
  let blockPost: number;
  let shortcodePost: number;
  let formsPost: number;
  let opportunity: { id: string; title: string };

  before(async () => {
    [api, wp] = await Promise.all([startTestServer({ seed: { opportunities: 120, offers: 6 } }), startWordPress()]);
    browser = await launchChromium();
    // A region with dogs to walk, so the block's region and the visitor's "Hund" meet.
    const taxonomy = (await (await fetch(`${api.baseUrl}/taxonomy`)).json()) as Taxonomy;
    const dogs = (await (await fetch(`${api.baseUrl}/opportunities?q=Hund`)).json()) as OpportunitySearchResult;
    const regionId = dogs.facets.region.find((facet) => facet.count > 0)?.value;
    assert.ok(regionId, 'the seeded data has an opportunity about dogs in some region');
    region = { id: regionId, label: taxonomy.regions.find((term) => term.id === regionId)!.label.en };
    category = { id: taxonomy.categories[0]!.id, label: taxonomy.categories[0]!.label.en };
    opportunity = ((await (await fetch(`${api.baseUrl}/opportunities?pageSize=1`)).json()) as OpportunitySearchResult).items[0]!;

    const created = wp.php(`
      $activated = activate_plugin( 'mitmachen/mitmachen.php' );
      if ( is_wp_error( $activated ) ) { echo $activated->get_error_message(); exit( 1 ); }
      $author = wp_insert_user( array( 'user_login' => 'autorin', 'user_pass' => 'autorin-passwort', 'user_email' => 'autorin@example.org', 'role' => 'author' ) );
      wp_set_current_user( $author );
      // What an author's editor sends: the block's comment, plus the two lines from the old
      // docs, which kses must strip for a user without unfiltered_html.
      $raw = '<script type="module" src="https://evil.example/x.js"></script><mitmachen-search api-base="https://evil.example/v1"></mitmachen-search>';
      $block = wp_insert_post( array( 'post_title' => 'Ehrenamt (Block)', 'post_status' => 'publish', 'post_content' => $raw . '<!-- wp:mitmachen/search {"regions":["${region.id}"],"pageSize":5} /-->' ), true );
      $short = wp_insert_post( array( 'post_title' => 'Ehrenamt (Shortcode)', 'post_status' => 'publish', 'post_content' => '<!-- wp:shortcode -->[mitmachen_search region="${region.id}" page_size="5"]<!-- /wp:shortcode -->' ), true );
      $forms = wp_insert_post( array( 'post_title' => 'Mitmachen (Formulare)', 'post_status' => 'publish', 'post_content' => '<!-- wp:mitmachen/opportunity {"opportunityId":"${opportunity.id}"} /--><!-- wp:mitmachen/opportunity-form /--><!-- wp:mitmachen/offer-form {"theme":"dark"} /-->' ), true );
      echo wp_json_encode( array( $block, $short, current_user_can( 'unfiltered_html' ), get_post_field( 'post_content', $block ), $forms ) );
    `);
    const [block, short, unfiltered, content, forms] = JSON.parse(created) as [number, number, boolean, string, number];
    assert.equal(unfiltered, false, 'the author may not post unfiltered HTML');
    assert.doesNotMatch(content, /<script|<mitmachen-search/, 'kses stripped the pasted script and element');
    assert.match(content, /<!-- wp:mitmachen\/search /, 'the block survives kses');
    blockPost = block;
    shortcodePost = short;
    formsPost = forms;

    admin = await closedContext(browser);
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-login.php`);
    await page.fill('#user_login', wp.adminUser);
    await page.fill('#user_pass', wp.adminPassword);
    await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
    await page.close();
  });

  after(async () => {
    await admin?.close();
    await browser?.close();
    await wp?.close();
    await api?.close();
  });

  it('settings: refuses an unreachable server and one that is not mitmachen, saying why, keeps what was typed, then saves the real one; axe finds nothing', async () => {
    const page = await admin.newPage();
    const settings = `${wp.url}/wp-admin/options-general.php?page=mitmachen`;
    const save = async (address: string) => {
      await page.goto(settings);
      await page.fill('#mitmachen_server_url', address);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      return (await page.locator('.notice, .error, .updated').allTextContents()).join(' ').replace(/\s+/g, ' ');
    };

    const unreachable = `http://127.0.0.1:${await freePort()}`;
    let message = await save(unreachable);
    assert.match(message, new RegExp(`The server at ${unreachable} cannot be reached .*The address was not saved\\.`));
    assert.equal(await page.locator('.notice, .error', { hasText: 'cannot be reached' }).count(), 1, 'said once');
    assert.equal(await page.inputValue('#mitmachen_server_url'), unreachable, 'the field shows what was typed');
    assert.equal(await page.getAttribute('#mitmachen_server_url', 'aria-invalid'), 'true');

    message = await save(wp.url);
    assert.match(message, /answered \/health with HTTP status 404\. Is this the address of a mitmachen server/);
    assert.equal(wp.php("echo Mitmachen_Options::server_url();"), '', 'nothing was saved');

    // The API base pasted from a snippet works too: /v1 is taken off.
    message = await save(`${api.url}/v1/`);
    assert.match(message, new RegExp(`The mitmachen server at ${api.url} answers \\(13 regions, \\d+ categories\\)`));
    assert.equal(wp.php("echo Mitmachen_Options::server_url();"), api.url);
    assert.equal(await page.inputValue('#mitmachen_server_url'), api.url);
    // Its regions are now the defaults' choices.
    await page.getByLabel(region.label, { exact: true }).waitFor();

    // The page's own part (with the messages WordPress moves below its heading); WordPress 6.5's
    // contextual help around it has an aria-label axe objects to, which is not ours to fix.
    assert.deepEqual(await axe(page, '#wpbody-content .wrap'), []);
    await page.close();
  });

  for (const [what, post] of [['block', () => blockPost], ['shortcode', () => shortcodePost]] as const) {
    it(`a visitor sees the search an author put on a post as a ${what}, and searching "Hund" finds dogs`, async () => {
      const context = await closedContext(browser);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const searches: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/v1/opportunities') searches.push(request.url());
      });
      const response = await page.goto(`${wp.url}/?p=${post()}`);
      assert.equal(response?.status(), 200);
      // The first answer is preloaded from the head, for the block's attributes and the site's
      // language (WordPress's en-US: listings in English), as the configurator's line would be.
      const firstSearch = `${api.url}/v1/opportunities?page=1&pageSize=5&region=${region.id}&lang=en`;
      const preloads = await page.locator('head link[rel="preload"]').evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('as'), node.hasAttribute('crossorigin'), (node as HTMLLinkElement).href]),
      );
      assert.deepEqual(preloads, [['fetch', true, firstSearch]]);
      const search = page.locator('mitmachen-search');
      assert.equal(await search.count(), 1);
      assert.equal(await search.getAttribute('api-base'), `${api.url}/v1`);
      assert.equal(await search.getAttribute('region'), region.id);
      assert.equal(await search.getAttribute('page-size'), '5');
      // Exactly one module script, the server's.
      const scripts = await page.locator('script[src*="mitmachen.js"]').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('src'), node.getAttribute('type')]));
      assert.deepEqual(scripts, [[`${api.url}/mitmachen.js`, 'module']]);

      const results = search.locator('.grid li[data-id]');
      await results.first().waitFor({ timeout: 0 });
      assert.ok((await results.count()) <= 5, 'the page size reached the element');
      // The element took the preloaded answer up: the browser asked once, from the link.
      assert.deepEqual(searches, [firstSearch]);
      const initiators = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => new URL(entry.name).pathname === '/v1/opportunities')
          .map((entry) => entry.initiatorType),
      );
      assert.deepEqual(initiators, ['link']);

      const answered = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'Hund' && r.ok());
      await search.locator('input[type="search"]').fill('Hund');
      const answer = (await (await answered).json()) as OpportunitySearchResult;
      assert.ok(answer.total > 0, 'the region has dogs to walk');
      await search.locator('.grid li[data-id]', { hasText: /hund/i }).first().waitFor({ timeout: 0 });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('a visitor sees the blocks an author added for one opportunity and the two posting forms', async () => {
    const context = await closedContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.url}/?p=${formsPost}`);
    const detail = page.locator('mitmachen-opportunity');
    assert.equal(await detail.getAttribute('opportunity-id'), opportunity.id);
    await detail.locator('h2', { hasText: opportunity.title }).first().waitFor({ timeout: 0 });
    for (const form of ['mitmachen-opportunity-form', 'mitmachen-offer-form']) {
      await page.locator(form).locator('input').first().waitFor({ timeout: 0 });
    }
    assert.equal(await page.locator('mitmachen-offer-form').getAttribute('theme'), 'dark');
    assert.equal(await page.locator('script[src*="mitmachen.js"]').count(), 1, 'one script for all three');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loads the script only on pages that show an element', async () => {
    const html = await (await fetch(`${wp.url}/?p=1`)).text();
    assert.match(html, /Hello world!/);
    assert.doesNotMatch(html, /mitmachen\.js|<mitmachen-|rel="preload" as="fetch"/);
  });

  it('preloads no first search when the page address carries a search of its own (sync-url), or for the forms', async () => {
    const own = await (await fetch(`${wp.url}/?p=${blockPost}&q=Hund`)).text();
    assert.match(own, /<mitmachen-search /);
    assert.doesNotMatch(own, /rel="preload" as="fetch"/);
    const forms = await (await fetch(`${wp.url}/?p=${formsPost}`)).text();
    assert.doesNotMatch(forms, /rel="preload" as="fetch"/);
  });

  it('builds the preload as the element asks: categories before regions, offers, the page size by default, German without lang, unknown ids left out', () => {
    const urls = wp.php(`
      // A German site (<html lang="de-DE">): the element asks for listings without a language.
      add_filter( 'pre_determine_locale', static function () { return 'de_DE'; } );
      $known = get_option( Mitmachen_Options::TAXONOMY_OPTION );
      $category = $known['categories'][0]['id'];
      $region = $known['regions'][0]['id'];
      $first = Mitmachen_Preload::first_search( '<!-- wp:group --><div><!-- wp:mitmachen/search {"regions":["' . $region . '","no-such-region"],"categories":["' . $category . '"],"kind":"offers"} /--></div><!-- /wp:group -->' );
      echo Mitmachen_Preload::first_search_url( Mitmachen_Render::search_attributes( $first ) ) . "\n";
      $short = Mitmachen_Preload::first_search( 'Text [mitmachen_search page_size="20"] und [mitmachen_search kind="offers"]' );
      echo Mitmachen_Preload::first_search_url( Mitmachen_Render::search_attributes( $short ) ) . "\n";
      echo wp_json_encode( Mitmachen_Preload::first_search( '<!-- wp:paragraph --><p>Nichts</p><!-- /wp:paragraph -->' ) ) . "\n";
      echo $category . ' ' . $region;
    `);
    const [blockUrl, shortcodeUrl, none, ids] = urls.split('\n');
    const [categoryId, regionId] = ids!.split(' ');
    assert.equal(blockUrl, `${api.url}/v1/offers?page=1&pageSize=12&category=${categoryId}&region=${regionId}`);
    assert.equal(shortcodeUrl, `${api.url}/v1/opportunities?page=1&pageSize=20`);
    assert.equal(none, 'null');
  });

  it('the block in the editor: its sidebar lists the server’s regions and categories, the preview is the live search, and axe finds nothing', async () => {
    const page = await admin.newPage();
    await openBlockSidebar(page, wp.url, blockPost);
    const sidebar = page.locator('.interface-complementary-area');
    const regionBox = sidebar.getByLabel(region.label, { exact: true });
    await regionBox.waitFor({ timeout: 0 });
    assert.equal(await regionBox.isChecked(), true, 'the block’s region is checked');

    // The preview is the element the server renders, searching.
    const preview = page.locator('.wp-block-mitmachen-search mitmachen-search');
    await preview.locator('.grid li[data-id]').first().waitFor({ timeout: 0 });
    assert.equal(await preview.getAttribute('region'), region.id);

    // Ticking a category changes the preview.
    await sidebar.getByRole('button', { name: 'Categories' }).click();
    await sidebar.getByLabel(category.label, { exact: true }).check();
    await page.locator(`.wp-block-mitmachen-search mitmachen-search[categories="${category.id}"]`).waitFor({ timeout: 0 });

    assert.deepEqual(await axe(page, '.interface-complementary-area'), []);
    await page.close();
  });

  it('speaks German to an administrator who reads WordPress in German: settings page, block title and sidebar', async () => {
    wp.php(`update_user_meta( get_user_by( 'login', 'admin' )->ID, 'locale', 'de_DE' );`);
    try {
      const page = await admin.newPage();
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=mitmachen`);
      assert.equal(await page.locator('#wpbody-content h1').textContent(), 'mitmachen-Einstellungen');
      assert.equal(await page.locator('label[for="mitmachen_server_url"]').textContent(), 'Adresse des Servers');
      await openBlockSidebar(page, wp.url, blockPost);
      const sidebar = page.locator('.interface-complementary-area');
      await sidebar.getByRole('button', { name: 'Regionen' }).waitFor({ timeout: 0 });
      assert.equal(await sidebar.locator('.block-editor-block-card__title').textContent(), 'mitmachen: Ehrenamtssuche');
      await page.close();
    } finally {
      wp.php(`delete_user_meta( get_user_by( 'login', 'admin' )->ID, 'locale' );`);
    }
  });

  it('validates block and shortcode attributes on the server: only ids, known choices and page sizes 1–50 reach the page, escaped', () => {
    const html = wp.php(`
      wp_set_current_user( 0 );
      echo do_blocks( '<!-- wp:mitmachen/search {"regions":["${region.id}","\\\\u0022><script>x</script>","Dresden"],"kind":"evil","pageSize":500,"theme":"dark\\\\u0022 onload=\\\\u0022x"} /-->' );
      echo "\\n";
      echo do_shortcode( '[mitmachen_search region="${region.id}, <b>x</b>" categories="a_b ok-1" page_size="50" theme="auto" kind="offers"]' );
      echo "\\n";
      echo do_shortcode( '[mitmachen_opportunity id="../../etc"]' ) . '|' . do_shortcode( '[mitmachen_offer_form theme="dark"]' );
    `);
    const base = `api-base="${api.url}/v1"`;
    assert.deepEqual(html.split('\n'), [
      `<mitmachen-search ${base} region="${region.id}" sync-url></mitmachen-search>`,
      `<mitmachen-search ${base} region="${region.id}" categories="ok-1" kind="offers" page-size="50" theme="auto" sync-url></mitmachen-search>`,
      `|<mitmachen-offer-form ${base} theme="dark"></mitmachen-offer-form>`,
    ]);
  });

  it('without a server address: no script, no element and no error for visitors; a notice for editors', async () => {
    wp.php(`update_option( 'mitmachen_settings', array( 'server_url' => '' ) );`);
    for (const post of [blockPost, shortcodePost]) {
      const response = await fetch(`${wp.url}/?p=${post}`);
      const html = await response.text();
      assert.equal(response.status, 200);
      assert.match(html, /Ehrenamt \((Block|Shortcode)\)/);
      assert.doesNotMatch(html, /mitmachen\.js|<mitmachen-|mitmachen-notice/);
    }
    const page = await admin.newPage();
    await page.goto(`${wp.url}/?p=${blockPost}`);
    assert.match((await page.locator('.mitmachen-notice').textContent()) ?? '', /no server address is set yet.*Settings → mitmachen/);
    assert.equal(await page.locator('script[src*="mitmachen.js"]').count(), 0);
    await page.close();
    assert.deepEqual(pluginProblems(wp), [], 'WordPress logged nothing from the plugin');
  });
});
