/**
 * The size budgets (brotli, as a CDN serves the bundle): a change that makes the first screen or
 * the card heavier than allowed fails here. `npm run bench:size` prints the numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgets, KiB, measureBundle } from '../../bench/lib/bundle-size.js';

const kib = (bytes: number) => `${(bytes / KiB).toFixed(2)} KiB`;
const { searchEntry, cardAlone, forms } = await measureBundle();

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

  for (const form of forms) {
    it(`keeps the ${form.name.replace(' on first use', '')} within ${kib(budgets.form)} on top of the first screen`, () => {
      assert.ok(form.compressed <= budgets.form, `${form.name}: ${kib(form.compressed)}: ${form.files.join(', ')}`);
    });
  }
});
