/**
 * Every catalogue in every language: the same keys as German (none missing, none extra), the
 * same placeholders (what German shows of a function's arguments, the translation shows too),
 * and plural forms that follow Intl.PluralRules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS, type Lang } from '../../../packages/elements/src/format/locale.js';
import { scheduleMessages } from '../../../packages/elements/src/format/schedule.messages.js';
import { apiBaseMessages } from '../../../packages/elements/src/internal/api-base.js';
import type { Messages } from '../../../packages/elements/src/internal/localize.js';
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

const catalogues: Record<string, Messages<object>> = {
  search: searchMessages,
  card: cardMessages,
  schedule: scheduleMessages,
  apiBase: apiBaseMessages,
  cardErrors: cardErrorMessages,
  offerContact: offerContactMessages,
  detail: detailMessages,
  interestForm: interestMessages,
  forms: formMessages,
  opportunityForm: opportunityFormMessages,
  offerForm: offerMessages,
  translation: translationMessages,
  manage: manageMessages,
};

/**
 * Not translated yet beyond German and English (they fall back to German in the other five
 * languages). Empty since every element speaks all seven; it may only stay so (docs/translating.md).
 */
export const NOT_YET_TRANSLATED: string[] = [];

/** Keys whose translation may leave out an argument German shows (a fixed word list per language). */
const DERIVED_ELSEWHERE = new Set(['everyDay']);

/** Code, not words: how a language writes dates and lists (Intl's or German's by hand, tested in format/). */
const WRITING = new Set(['write']);

for (const lang of LANGS) for (const catalogue of Object.values(catalogues)) await catalogue.load(lang);

/** Sample arguments: strings German would show as they are, and 5 for counts (shown as "5" everywhere). */
const sample = (fn: (...args: never[]) => unknown) => Array.from({ length: fn.length }, (_, i) => `xq${i}`);

function compare(german: unknown, other: unknown, path: string, lang: Lang): void {
  if (typeof german === 'function') {
    assert.equal(typeof other, 'function', `${lang}: ${path} should be a function`);
    const fn = german as (...args: unknown[]) => string;
    const translated = other as (...args: unknown[]) => string;
    for (const args of [sample(fn), Array.from({ length: fn.length }, () => 5)]) {
      let de: string;
      try {
        de = String(fn(...args));
      } catch {
        continue; // arguments of another type (a count where a string was tried)
      }
      const out = String(translated(...args));
      assert.ok(out.trim() !== '', `${lang}: ${path} is empty`);
      if (DERIVED_ELSEWHERE.has(path.split('.').at(-1)!)) continue;
      for (const arg of args) {
        if (typeof arg === 'string' && de.includes(arg)) assert.ok(out.includes(arg), `${lang}: ${path} leaves out the placeholder German shows (${de} / ${out})`);
      }
    }
    return;
  }
  if (typeof german === 'object' && german !== null) {
    assert.equal(typeof other, 'object', `${lang}: ${path} should be an object`);
    const keys = Object.keys(german).sort();
    assert.deepEqual(Object.keys(other as object).sort(), keys, `${lang}: ${path} has other keys than German`);
    if (WRITING.has(path.split('.').at(-1)!)) return;
    for (const key of keys) compare((german as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`, lang);
    return;
  }
  assert.equal(typeof other, 'string', `${lang}: ${path} should be a string`);
  assert.ok((other as string).trim() !== '', `${lang}: ${path} is empty`);
}

describe('message catalogues', () => {
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const lang of LANGS.filter((l) => l !== 'de')) {
      it(`${name} is complete in ${lang}, with German's placeholders`, () => {
        assert.notEqual(catalogue[lang], catalogue.de, `${name} has no words in ${lang} (it falls back to German)`);
        compare(catalogue.de, catalogue[lang], name, lang);
      });
    }
  }

  it('counts results with the plural forms of each language for 0, 1, 2, 5, 11 and 100', () => {
    const counts = [0, 1, 2, 5, 11, 100];
    const expected: Record<Lang, string[]> = {
      de: ['0 Angebote', '1 Angebot', '2 Angebote', '5 Angebote', '11 Angebote', '100 Angebote'],
      en: ['0 opportunities', '1 opportunity', '2 opportunities', '5 opportunities', '11 opportunities', '100 opportunities'],
      uk: ['0 пропозицій', '1 пропозиція', '2 пропозиції', '5 пропозицій', '11 пропозицій', '100 пропозицій'],
      ru: ['0 предложений', '1 предложение', '2 предложения', '5 предложений', '11 предложений', '100 предложений'],
      ar: ['0 فرصة', 'فرصة واحدة', 'فرصتان', '5 فرص', '11 فرصة', '100 فرصة'],
      tr: ['0 ilan', '1 ilan', '2 ilan', '5 ilan', '11 ilan', '100 ilan'],
      easy: ['0 Angebote', '1 Angebot', '2 Angebote', '5 Angebote', '11 Angebote', '100 Angebote'],
    };
    for (const lang of LANGS) {
      assert.deepEqual(counts.map((n) => searchMessages[lang].count.opportunities(n)), expected[lang], lang);
    }
    // Ukrainian and Russian: 21 is "one", 22 "few", 25 "many".
    assert.equal(searchMessages.uk.count.opportunities(21), '21 пропозиція');
    assert.equal(searchMessages.ru.count.opportunities(22), '22 предложения');
    assert.equal(searchMessages.ar.count.offers(3), '3 عروض مساعدة');
  });

  it("counts the manage page's contact requests in each language's forms for 0, 1, 2, 5, 11 and 100", () => {
    const counts = [0, 1, 2, 5, 11, 100];
    const expected: Record<Lang, string[]> = {
      de: ['Noch keine', 'Eine Person hat sich gemeldet', '2 Personen haben sich gemeldet', '5 Personen haben sich gemeldet', '11 Personen haben sich gemeldet', '100 Personen haben sich gemeldet'],
      en: ['None yet', 'One person got in touch', '2 people got in touch', '5 people got in touch', '11 people got in touch', '100 people got in touch'],
      uk: ['Поки що немає', 'Зголосилася одна людина', 'Зголосилися 2 людини', 'Зголосилися 5 людей', 'Зголосилися 11 людей', 'Зголосилися 100 людей'],
      ru: ['Пока нет', 'Откликнулся один человек', 'Откликнулись 2 человека', 'Откликнулись 5 человек', 'Откликнулись 11 человек', 'Откликнулись 100 человек'],
      ar: ['لا أحد حتى الآن', 'تواصل معك شخص واحد', 'تواصل معك شخصان', 'تواصل معك 5 أشخاص', 'تواصل معك 11 شخصًا', 'تواصل معك 100 شخص'],
      tr: ['Henüz yok', 'Bir kişi iletişime geçti', '2 kişi iletişime geçti', '5 kişi iletişime geçti', '11 kişi iletişime geçti', '100 kişi iletişime geçti'],
      easy: ['Bis jetzt 0 Nachrichten', '1 Person hat geschrieben', '2 Personen haben geschrieben', '5 Personen haben geschrieben', '11 Personen haben geschrieben', '100 Personen haben geschrieben'],
    };
    for (const lang of LANGS) assert.deepEqual(counts.map((n) => manageMessages[lang].contactCount(n)), expected[lang], lang);
    assert.equal(manageMessages.uk.contactCount(21), 'Зголосилася 21 людина');
    assert.equal(manageMessages.ru.contactCount(22), 'Откликнулись 22 человека');
  });

  it('counts characters in a field error with the plural forms of Ukrainian, Russian and Arabic', () => {
    const counts = [0, 1, 2, 5, 11, 100];
    const tail = (lang: Lang, n: number) => formMessages[lang].tooShort('Titel', n).replace(/^.*?(\S+ \S+)\.$/, '$1');
    assert.deepEqual(counts.map((n) => tail('uk', n)), ['0 символів', '1 символ', '2 символи', '5 символів', '11 символів', '100 символів']);
    assert.deepEqual(counts.map((n) => tail('ru', n)), ['0 символов', '1 символ', '2 символа', '5 символов', '11 символов', '100 символов']);
    const arabic = ['0 حرف', 'حرف واحد', 'حرفان', '5 أحرف', '11 حرفًا', '100 حرف'];
    counts.forEach((n, i) => assert.ok(formMessages.ar.tooShort('Titel', n).endsWith(` ${arabic[i]}.`), formMessages.ar.tooShort('Titel', n)));
  });
});
