/**
 * A listing's language is asked for with `pickLang` (text-language.ts): that holds only while the
 * languages listings can be written in (the contract's TextLanguage) are what `pickLang` answers.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { parse } from 'yaml';
import { pickLang } from '../../../packages/elements/src/internal/localize.js';

const contract = parse(await readFile(new URL('../../../packages/contract/openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: { TextLanguage: { enum: string[] } } };
};
const textLanguages = contract.components.schemas.TextLanguage.enum;

it("answers each of the contract's text languages for itself, from a page's lang attribute as written", () => {
  for (const lang of textLanguages) {
    assert.equal(pickLang(lang), lang);
    assert.equal(pickLang(` ${lang.toUpperCase()}-XX `), lang);
  }
});

it('answers German for every other lang attribute, never Leichte Sprache (which is no listing language)', () => {
  for (const value of ['fr', 'pl', 'easy', 'de-x-easy', '', null, undefined]) assert.equal(pickLang(value), 'de');
  assert.ok(textLanguages.includes('de'));
});
