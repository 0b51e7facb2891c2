/**
 * The languages a posting form offers for a translation: every interface language but German and
 * Leichte Sprache (the contract's TranslationLanguage), the same in both posting forms.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LANGS } from '../../../packages/elements/src/format/locale.js';
import { TRANSLATION_LANGUAGES } from '../../../packages/elements/src/forms/translation.js';
import { TRANSLATION_LANGUAGES as OPPORTUNITY_TRANSLATION_LANGUAGES } from '../../../packages/elements/src/opportunity-form/opportunity-fields.js';

it('offers the same translation languages in both posting forms: every interface language but German and Leichte Sprache', () => {
  assert.deepEqual([...TRANSLATION_LANGUAGES], LANGS.filter((lang) => lang !== 'de' && lang !== 'easy'));
  assert.deepEqual([...OPPORTUNITY_TRANSLATION_LANGUAGES], [...TRANSLATION_LANGUAGES]);
});
