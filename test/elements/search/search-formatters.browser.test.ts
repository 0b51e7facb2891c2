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

describe('<mitmachen-search>: the cards\' formatters are made before the answer comes', function () {
  it('makes the date and list formatters while the search is on its way, and none while painting the dates of the answer', async () => {
    const counter = countFormatters();
    try {
      const held = controlledClient(apiBase);
      held.hold();
      const element = await fixture<MitmachenSearch>(html`<mitmachen-search .client=${held.client} page-size="50"></mitmachen-search>`);
      await until(() => held.searches.length > 0);
      // While the answer is held, as on a slow network.
      await until(() => counter.made.date > 0 && counter.made.list > 0);
      const before = { ...counter.made };

      const answered = oneEvent(element, 'mitmachen-search');
      held.release();
      await answered;
      await element.updateComplete;
      const times = $$(element, '.grid > li[data-id] .facts li:nth-child(2)').map((li) => li.textContent ?? '');
      expect(times.some((time) => /\bam \d{1,2}\./.test(time)), 'a card names a date').to.equal(true);
      expect(counter.made, 'formatters made for the answer').to.deep.equal(before);
      await expect(element).to.be.accessible();
    } finally {
      counter.restore();
    }
  });

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
