/**
 * The size budgets (brotli, as a CDN serves the bundle): a change that makes the first screen or
 * the card heavier than allowed fails here. `npm run bench:size` prints the numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgets, KiB, measureBundle } from '../../bench/lib/bundle-size.js';

const kib = (bytes: number) => `${(bytes / KiB).toFixed(2)} KiB`;
const { searchEntry, firstScreenModules, firstScreenCode, cardAlone, forms, languages } = await measureBundle();

describe('size budgets of the script-tag bundle', () => {
  it(`keeps the card alone within ${kib(budgets.cardAlone)}`, () => {
    assert.ok(cardAlone.compressed <= budgets.cardAlone, `the card alone is ${kib(cardAlone.compressed)}: ${cardAlone.files.join(', ')}`);
  });

  it(`keeps the search entry (Lit, SDK, search, cards) within ${kib(budgets.searchEntryCeiling)}`, () => {
    assert.ok(
      searchEntry.compressed <= budgets.searchEntryCeiling,
      `the search entry is ${kib(searchEntry.compressed)} (goal ${kib(budgets.searchEntryGoal)}): ${searchEntry.files.join(', ')}`,
    );
  });

  // Issue 16: a German page's first screen does not carry a byte of the other languages.
  it("keeps every other language's words, and the code that loads them, out of a German page's first screen", () => {
    const foreign = firstScreenModules.filter((id) => /\.messages\.(en|uk|ar|tr|ru|easy)\.ts$|internal\/(languages\.ts|words\/)/.test(id));
    assert.deepEqual(foreign, []);
    assert.ok(firstScreenModules.includes('packages/elements/src/search/search.messages.ts'), firstScreenModules.join(', '));
  });

  it('keeps what only some pages need out of the first screen: postings, the SDK\'s occasional calls, set-up warnings', () => {
    const occasional = firstScreenModules.filter((id) => /sdk\/src\/(postings|occasional|manage|changes|pages)\.ts$|internal\/setup-warnings\.ts$/.test(id));
    assert.deepEqual(occasional, []);
  });

  // Issue 17: a page's first Intl formatter loads ICU's locale data, 57–150 ms of a phone's main
  // thread in one task; a German page's first results are written without (format/german.ts).
  it('makes no Intl formatter on a German page\'s first screen', () => {
    assert.doesNotMatch(firstScreenCode, /\bIntl\b/);
    assert.ok(firstScreenModules.includes('packages/elements/src/format/german.ts'), firstScreenModules.join(', '));
    assert.ok(!firstScreenModules.includes('packages/elements/src/format/formatters.ts'));
  });

  it('has a chunk of words for every language of every element catalogue given as modules', () => {
    const firstScreen = languages.filter((chunk) => chunk.catalogue === 'first screen').map((chunk) => chunk.lang);
    assert.deepEqual(firstScreen, ['en', 'uk', 'ar', 'tr', 'ru', 'easy']);
    assert.ok(languages.every((chunk) => chunk.compressed > 0));
  });

  for (const form of forms) {
    it(`keeps the ${form.name.replace(' on first use', '')} within ${kib(budgets.form)} on top of the first screen`, () => {
      assert.ok(form.compressed <= budgets.form, `${form.name}: ${kib(form.compressed)}: ${form.files.join(', ')}`);
    });
  }
});
