/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { $$, apiBase, controlledClient, heading, until } from './helpers.js';

/**
 * Counts the date, list and number formatters made from now on. On a slow phone the first of each
 * costs tens of milliseconds (the date formatter loads the listings' time zone, the number
 * formatter the locale's number data), so where they are made decides how long the task that
 * paints the answer is, or the one before it.
 */
function countFormatters() {
  const made = { date: 0, list: 0, number: 0 };
  // Intl's members are read-only in the types only.
  const intl: { DateTimeFormat: typeof Intl.DateTimeFormat; ListFormat: typeof Intl.ListFormat; NumberFormat: typeof Intl.NumberFormat } = Intl;
  const { DateTimeFormat, ListFormat, NumberFormat } = intl;
  const counting = <T extends abstract new (...args: never[]) => object>(original: T, kind: keyof typeof made): T =>
    new Proxy(original, {
      construct(target, args, newTarget) {
        made[kind]++;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  intl.DateTimeFormat = counting(DateTimeFormat, 'date');
  intl.ListFormat = counting(ListFormat, 'list');
  intl.NumberFormat = counting(NumberFormat, 'number');
  return {
    made,
    restore() {
      intl.DateTimeFormat = DateTimeFormat;
      intl.ListFormat = ListFormat;
      intl.NumberFormat = NumberFormat;
    },
  };
}

describe('<mitmachen-search>: a German page\'s first results are written without Intl', function () {
  // format/german.ts: the page's first Intl formatter of any kind loads ICU's locale data, the
  // longest task of a German page's load on a slow phone.
  for (const kind of ['opportunities', 'offers'] as const) {
    it(`makes no date or list formatter for the ${kind}' first results, though they name dates or weekdays`, async () => {
      const counter = countFormatters();
      try {
        const held = controlledClient(apiBase);
        held.hold();
        const element = await fixture<MitmachenSearch>(html`<mitmachen-search .client=${held.client} kind=${kind} page-size="50"></mitmachen-search>`);
        await until(() => held.searches.length > 0);
        const answered = oneEvent(element, 'mitmachen-search');
        held.release();
        await answered;
        await element.updateComplete;
        const facts = $$(element, '.grid > li[data-id] .facts').map((list) => list.textContent ?? '');
        const named = kind === 'opportunities' ? /\bam \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/ : /\b(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b/;
        expect(facts.some((text) => named.test(text)), `a card names ${kind === 'opportunities' ? 'a date' : 'a weekday'}`).to.equal(true);
        expect(counter.made, 'Intl formatters made').to.deep.equal({ date: 0, list: 0, number: 0 });
        await expect(element).to.be.accessible();
      } finally {
        counter.restore();
      }
    });
  }

  it('makes no number formatter for the first results: their count, hours a week and distances are written without one', async () => {
    const counter = countFormatters();
    const original = location.href;
    // Around a place (Pirna), so the cards say how far away each is.
    history.replaceState(null, '', '?lage=50.96,13.94&umkreis=100');
    try {
      const element = await fixture<MitmachenSearch>(html`<mitmachen-search api-base=${apiBase} sync-url page-size="50"></mitmachen-search>`);
      await oneEvent(element, 'mitmachen-search');
      await element.updateComplete;
      const facts = $$(element, '.grid > li[data-id] .facts').map((list) => list.textContent ?? '');
      expect(facts.some((text) => /\d Std\.\/Woche/.test(text)), 'a card gives hours a week').to.equal(true);
      expect(facts.some((text) => /\d km entfernt/.test(text)), 'a card gives its distance').to.equal(true);
      expect(heading(element), 'the count').to.match(/\d/);
      expect(counter.made.number, 'number formatters made').to.equal(0);
    } finally {
      history.replaceState(null, '', original);
      counter.restore();
    }
  });
});
