/**
 * Leichte Sprache follows rules a list can partly check (Netzwerk Leichte Sprache): sentences of
 * at most 15 words, no abbreviations, no genitive, no passive, no negation words beyond a plain
 * "nicht". A checker group of readers still has to read it (docs/translating.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scheduleMessages } from '../../../packages/elements/src/format/schedule.messages.js';
import { apiBaseMessages } from '../../../packages/elements/src/internal/api-base.js';
import { cardErrorMessages } from '../../../packages/elements/src/opportunity-card/card-errors.messages.js';
import { cardMessages } from '../../../packages/elements/src/opportunity-card/opportunity-card.messages.js';
import { searchMessages } from '../../../packages/elements/src/search/search.messages.js';
import { offerContactMessages } from '../../../packages/elements/src/search/offer-contact.messages.js';
import { detailMessages } from '../../../packages/elements/src/opportunity/opportunity.messages.js';
import { interestMessages } from '../../../packages/elements/src/interest-form/interest-form.messages.js';
import { formMessages } from '../../../packages/elements/src/forms/form.messages.js';
import { opportunityFormMessages } from '../../../packages/elements/src/opportunity-form/opportunity-form.messages.js';
import { offerMessages } from '../../../packages/elements/src/offer-form/offer-form.messages.js';
import { translationMessages } from '../../../packages/elements/src/forms/translation.messages.js';
import { manageMessages } from '../../../packages/elements/src/manage/manage.messages.js';

const catalogues = [
  searchMessages,
  cardMessages,
  scheduleMessages,
  apiBaseMessages,
  cardErrorMessages,
  offerContactMessages,
  detailMessages,
  interestMessages,
  formMessages,
  opportunityFormMessages,
  offerMessages,
  translationMessages,
  manageMessages,
];
for (const catalogue of catalogues) await catalogue.load('easy');

/**
 * Every text of a catalogue, functions called with sample values ("Pirna", 5); not `write`, which
 * writes dates and lists (German's, tested in format/) and holds no words of its own.
 */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return [String(fn(...Array.from({ length: fn.length }, () => 'Pirna'))), String(fn(...Array.from({ length: fn.length }, () => 5)))];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => (key === 'write' ? [] : texts(member)));
}

const all = catalogues.flatMap((catalogue) => texts(catalogue.easy));

const RULES: [string, RegExp][] = [
  ['an abbreviation', /\b(z\.\s?B\.|usw\.|bzw\.|d\.\s?h\.|ca\.|ggf\.|evtl\.|u\.\s?a\.|Std\.)/],
  ['a genitive ("des …s", "eines …s")', /\b(des|eines|meines|Ihres)\s+\p{L}+s\b/u],
  ['a passive ("wird … -t", "werden … -t")', /\b(wird|werden|wurde|wurden)\b(\s+\p{L}+){0,4}\s+ge\p{L}+t\b/u],
  ["a negation word other than \"nicht\"", /\b(kein|keine|keinen|keiner|keines|nie|niemals|nichts|weder|nirgends)\b/i],
  ['a semicolon', /;/],
];

describe('Leichte Sprache', () => {
  it('has texts to check', () => assert.ok(all.length > 350, `${all.length} texts`));

  it('keeps every sentence at 15 words or fewer', () => {
    for (const text of all) {
      for (const sentence of text.split(/(?<=[.!?:])\s+/)) {
        const words = sentence.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word));
        assert.ok(words.length <= 15, `${words.length} words: "${sentence}"`);
      }
    }
  });

  for (const [name, pattern] of RULES) {
    it(`uses ${name}: none`, () => {
      for (const text of all) assert.doesNotMatch(text, pattern, `"${text}"`);
    });
  }

  it('catches what it is meant to catch', () => {
    const caught = (text: string) => RULES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    assert.equal(caught('Das ist z.B. ein Garten.').length, 1);
    assert.equal(caught('Die Adresse des Vereins.').length, 1);
    assert.equal(caught('Das Angebot wird schnell geprüft.').length, 1);
    assert.equal(caught('Es gibt keine Angebote.').length, 1);
    assert.deepEqual(caught('Wir haben 5 Angebote gefunden.'), []);
  });
});
