/**
 * The languages a posting form offers for a translation: every interface language but German and
 * Leichte Sprache (the contract's TranslationLanguage), one list for both posting forms.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LANGS } from '../../../packages/elements/src/format/locale.js';
import { TRANSLATION_LANGUAGES } from '../../../packages/elements/src/forms/field-spec.js';

it('offers every interface language but German and Leichte Sprache as a translation language', () => {
  assert.deepEqual([...TRANSLATION_LANGUAGES], LANGS.filter((lang) => lang !== 'de' && lang !== 'easy'));
});
