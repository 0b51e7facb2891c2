/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { UnansweredItem, UnansweredList } from '@mitmachen/contract';
import '../../packages/console/src/lifecycle/define.js';
import type { MitmachenConsoleLifecycle } from '../../packages/console/src/lifecycle/lifecycle.js';

/*
 * The "Unbeantwortet" tab with its data given: a flag on a volunteer's offer names the volunteer,
 * not an organisation, as the one who was told. The tab against the real server is in
 * lifecycle.api.browser.test.ts.
 */

const flag = (kind: UnansweredItem['kind'], notifiedAt: string | null): UnansweredItem => ({
  kind,
  id: kind === 'offer' ? '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0005' : '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0004',
  title: kind === 'offer' ? 'Ich begleite bei Behördengängen' : 'Hausaufgabenhilfe im Stadtteiltreff',
  region: 'dresden',
  status: 'published',
  organisation: kind === 'offer' ? 'Amira K.' : 'Stadtteiltreff Gorbitz',
  flaggedAt: '2026-11-30T10:00:00Z',
  noReply: 2,
  requests: 3,
  answered: 0,
  placed: 1,
  organisationNotifiedAt: notifiedAt,
});

async function unansweredTab(items: UnansweredItem[], lang = 'de'): Promise<MitmachenConsoleLifecycle> {
  const list: UnansweredList = { total: items.length, items };
  const element = await fixture<MitmachenConsoleLifecycle>(
    html`<div lang=${lang}><mitmachen-console-lifecycle tab="unanswered" .list=${list}></mitmachen-console-lifecycle></div>`,
  );
  const tab = element.querySelector('mitmachen-console-lifecycle') as MitmachenConsoleLifecycle;
  await tab.updateComplete;
  return tab;
}

const rowText = (element: MitmachenConsoleLifecycle, id: string) =>
  element.shadowRoot?.querySelector(`li[data-id="${id}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<mitmachen-console-lifecycle> “Unbeantwortet”', () => {
  it('says who was told: the organisation for an opportunity, the volunteer for an offer', async () => {
    const opportunity = flag('opportunity', '2026-11-30T10:05:00Z');
    const offer = flag('offer', '2026-11-30T10:05:00Z');
    const element = await unansweredTab([opportunity, offer]);
    await expect(element).to.be.accessible();
    expect(rowText(element, opportunity.id)).to.contain('Organisation informiert am');
    expect(rowText(element, opportunity.id)).not.to.contain('Freiwillig');
    expect(rowText(element, offer.id)).to.contain('Angebot einer oder eines Freiwilligen');
    expect(rowText(element, offer.id)).to.contain('Die oder der Freiwillige wurde am');
    expect(rowText(element, offer.id)).not.to.contain('Organisation informiert');
  });

  it('in English, and when the volunteer could not be told', async () => {
    const offer = flag('offer', null);
    const element = await unansweredTab([offer], 'en');
    // English words load on demand; wait for them as long as the test may.
    await waitUntil(() => rowText(element, offer.id).includes('A volunteer’s offer'), 'the English words arrive', { timeout: 0 });
    expect(rowText(element, offer.id)).to.contain('The volunteer has no e-mail address and was not told');
  });
});
