/// <reference types="mocha" />
import type { Opportunity } from '@mitmachen/contract';
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase } from '/__mitmachen__/api.js';
import { openStreetMapUrl } from '../../../packages/elements/src/format/address.js';
import { sanitizedFragment } from '../../../packages/elements/src/opportunity/description.js';
import '../../../packages/elements/src/opportunity/define.js';
import type { MitmachenOpportunity } from '../../../packages/elements/src/opportunity/opportunity.js';
import { opportunityFixture } from './fixtures.js';

/** waitUntil gives up after one second, too soon on a busy machine: wait as long as the test may. */
const patience = { timeout: 60_000 };

const client = createClient({ baseUrl: apiBase });

function shadow(view: MitmachenOpportunity): ShadowRoot {
  return view.shadowRoot!;
}

function text(view: MitmachenOpportunity): string {
  return (shadow(view).textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function settled(view: MitmachenOpportunity): Promise<void> {
  await waitUntil(() => shadow(view).querySelector('.title, .notice') !== null, 'the detail settles', patience);
  await view.updateComplete;
}

function jsonLd(view: Element): HTMLScriptElement[] {
  return [...view.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
}

const hostile = opportunityFixture({
  description: [
    'Harmlos **fett** und *kursiv*.',
    '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">',
    '- [gut](https://example.org/gut)',
    '- [böse](javascript:window.pwned=true)',
    '- [daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '- [post](mailto:hallo@example.org)',
    '',
    '3. drei',
    '4. vier',
    '',
    '<a href="javascript:window.pwned=true" onclick="window.pwned=true">roh</a> <iframe src="https://example.org"></iframe>',
  ].join('\n'),
});

describe('<mitmachen-opportunity>', () => {
  let real: Opportunity;
  let oneTime: Opportunity;

  before(async () => {
    const [first] = (await client.opportunities.search({ pageSize: 1 })).items;
    real = await client.opportunities.get(first!.id);
    const [dated] = (await client.opportunities.search({ pageSize: 1, schedule: ['one-time'] })).items;
    oneTime = await client.opportunities.get(dated!.id);
  });

  it('is accessible with an opportunity given', async () => {
    const view = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>`);
    await expect(view).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity>`,
    );
    expect(shadow(view).querySelector('[aria-busy="true"]')).not.to.equal(null);
    await expect(view).to.be.accessible();
    await settled(view);
  });

  it('fetches an opportunity and shows every part of it', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity>`,
    );
    await settled(view);
    const title = shadow(view).querySelector('h2.title')!;
    expect(title.textContent?.trim()).to.equal(real.title);
    const shown = text(view);
    expect(shown).to.contain(real.organisation.name);
    expect(shown).to.contain(real.summary);
    for (const task of real.tasks) expect(shown).to.contain(task);
    for (const requirement of real.requirements) expect(shown).to.contain(requirement);
    const sections = [...shadow(view).querySelectorAll('h3')].map((h) => h.textContent?.trim());
    expect(sections).to.include.members(['Beschreibung', 'Wann', 'Wo', 'Kontakt']);
    expect(shadow(view).querySelector('[part~="contact-button"]')?.textContent).to.contain('Kontakt aufnehmen');
    await expect(view).to.be.accessible();
  });

  it('names benefits and accessibility features from the API’s taxonomy', async () => {
    const taxonomy = await client.taxonomy();
    const withBenefits = opportunityFixture({ benefits: ['insurance'], accessibility: { features: ['step-free'] } });
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity .opportunity=${withBenefits} api-base=${apiBase}></mitmachen-opportunity>`,
    );
    const insurance = taxonomy.benefits.find((term) => term.id === 'insurance')!.label.de;
    const stepFree = taxonomy.accessibilityFeatures.find((term) => term.id === 'step-free')!.label.de;
    await waitUntil(() => text(view).includes(insurance) && text(view).includes(stepFree), 'taxonomy labels', patience);
  });

  it('says clearly when the opportunity is not (or no longer) there', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id="00000000-0000-4000-8000-000000000000" api-base=${apiBase}></mitmachen-opportunity>`,
    );
    await settled(view);
    expect(text(view)).to.contain('gibt es nicht oder nicht mehr');
    expect(shadow(view).querySelector('.retry')).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('shows a network error with a retry, and focus follows to the title once it loads', async () => {
    let offline = true;
    const flaky = createClient({
      baseUrl: apiBase,
      retry: 0,
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id=${real.id} .client=${flaky}></mitmachen-opportunity>`,
    );
    await settled(view);
    expect(shadow(view).querySelector('[role="alert"]')?.textContent).to.contain('konnte nicht geladen werden');
    await expect(view).to.be.accessible();

    offline = false;
    const retry = shadow(view).querySelector<HTMLButtonElement>('.retry')!;
    retry.focus();
    retry.click();
    await waitUntil(() => shadow(view).activeElement?.matches('.title') === true, 'focus on the title', patience);
  });

  it('keeps only the safe part of a hostile description', async () => {
    const view = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${hostile}></mitmachen-opportunity>`);
    const description = shadow(view).querySelector('.description')!;
    expect(description.querySelector('strong')?.textContent).to.equal('fett');
    expect(description.querySelector('em')?.textContent).to.equal('kursiv');
    expect(description.querySelectorAll('ul > li').length).to.equal(4);
    expect(description.querySelector('ol')?.getAttribute('start')).to.equal('3');
    expect(description.querySelectorAll('script, img, iframe').length).to.equal(0);
    for (const element of description.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.to.match(/^on/);
    }
    const links = [...description.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/gut', 'mailto:hallo@example.org']);
    expect(description.textContent).to.contain('böse');
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    await expect(view).to.be.accessible();
  });

  it('sanitises HTML with the allow-list: scripts, handlers, javascript: and data: URLs go', () => {
    const fragment = sanitizedFragment(
      '<p onclick="x()">a<script>x()</script><img src=x onerror=x()><a href="javascript:x()">j</a>' +
        '<a href="data:text/html,x">d</a><a href=" https://example.org/ok">ok</a><svg><a href="https://example.org">s</a></svg>' +
        '<style>p{}</style><form><input></form><ol start="3"><li><em>e</em></li></ol></p>',
    );
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelectorAll('script, img, svg, style, form, input').length).to.equal(0);
    expect(holder.querySelector('p')!.hasAttribute('onclick')).to.equal(false);
    expect([...holder.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([null, null, 'https://example.org/ok']);
    expect(holder.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(holder.querySelector('em')?.textContent).to.equal('e');
  });

  it('works under a strict Trusted Types policy, without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Trusted Types';
    // The policies the elements need by name: Lit's templates, DOMPurify's parser, the JSON-LD.
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html dompurify mitmachen-json-ld";
    frame.srcdoc = `<!doctype html><html lang="de"><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="/packages/elements/src/opportunity/define.ts"></script><body></body></html>`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const inner = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    inner.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
    await inner.customElements.whenDefined('mitmachen-opportunity');
    const view = inner.document.createElement<'mitmachen-opportunity'>('mitmachen-opportunity');
    view.opportunity = hostile;
    inner.document.body.append(view);
    await view.updateComplete;
    // Violations are reported in tasks of their own, in order: one made on purpose after the
    // render arrives after every violation the render made.
    const marker = 'violation-marker';
    const markerSeen = new Promise<void>((resolve) =>
      inner.document.addEventListener('securitypolicyviolation', (event) => event.sample.includes(marker) && resolve()),
    );
    try {
      inner.document.createElement('div').innerHTML = `<i>${marker}</i>`;
    } catch {
      // Trusted Types refuse the string: that is the violation waited for.
    }
    await markerSeen;
    try {
      expect(shadow(view).querySelector('.description strong')?.textContent).to.equal('fett');
      expect(shadow(view).querySelectorAll('.description script, .description img').length).to.equal(0);
      expect(JSON.parse(jsonLd(view)[0]!.textContent) as unknown).to.have.property('employmentType', 'VOLUNTEER');
      expect(violations.some((violation) => violation.includes(marker)), 'violations are being heard').to.equal(true);
      expect(violations.filter((violation) => !violation.includes(marker))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('puts a JobPosting into its light DOM, replaces it with the data and removes it when it leaves', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity>`,
    );
    await settled(view);
    expect(jsonLd(view).length).to.equal(1);
    const data = JSON.parse(jsonLd(view)[0]!.textContent) as Record<string, unknown>;
    expect(data['@type']).to.equal('JobPosting');
    expect(data.employmentType).to.equal('VOLUNTEER');
    expect(data.title).to.equal(real.title);
    expect(data.directApply).to.equal(false);

    view.opportunityId = oneTime.id;
    await waitUntil(() => jsonLd(view).some((script) => script.textContent.includes(JSON.stringify(oneTime.title).slice(1, -1))), 'the JSON-LD', patience);
    expect(jsonLd(view).length, 'one script, not two').to.equal(1);

    const parent = view.parentElement!;
    view.remove();
    expect(jsonLd(view).length).to.equal(0);
    parent.append(view);
    await view.updateComplete;
    expect(jsonLd(view).length, 'back when the view is back').to.equal(1);
  });

  it('links the place to OpenStreetMap, without loading a map', async () => {
    const view = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>`);
    const link = shadow(view).querySelector<HTMLAnchorElement>('[part~="map-link"]')!;
    expect(link.href).to.equal('https://www.openstreetmap.org/?mlat=50.96234&mlon=13.94021#map=15/50.96234/13.94021');
    expect(link.href).to.equal(openStreetMapUrl(opportunityFixture().location.coordinates!));
    expect(link.relList.contains('noopener')).to.equal(true);
    expect(shadow(view).querySelectorAll('iframe, canvas').length).to.equal(0);
    const remote = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity .opportunity=${opportunityFixture({ location: { type: 'remote', region: 'leipzig' } })}></mitmachen-opportunity>`,
    );
    expect(shadow(remote).querySelector('[part~="map-link"]')).to.equal(null);
    expect(text(remote)).to.contain('Online, von zu Hause aus');
  });

  it('offers a calendar file only for one-time dates', async () => {
    const regular = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${real}></mitmachen-opportunity>`);
    if (real.schedule.type !== 'one-time') expect(shadow(regular).querySelector('[part~="calendar-link"]')).to.equal(null);

    const dated = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${oneTime}></mitmachen-opportunity>`);
    const link = shadow(dated).querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
    expect(link.download).to.match(/\.ics$/);
    const ics = await (await fetch(link.href)).text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain(`UID:${oneTime.id}-0@mitmachen`);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).to.equal(oneTime.schedule.type === 'one-time' ? oneTime.schedule.dates.length : 0);
  });

  it('copies the link when there is no share sheet, and says so', async () => {
    expect('share' in navigator, 'this browser has no Web Share; the fallback is what runs').to.equal(false);
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity .opportunity=${opportunityFixture()} share-url="https://example.org/angebot/42"></mitmachen-opportunity>`,
    );
    const button = shadow(view).querySelector<HTMLButtonElement>('[part~="share-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(view).includes('Link zu diesem Angebot ist kopiert'), 'the confirmation', patience);
    expect(shadow(view).querySelector('[role="status"]')!.textContent).to.contain('kopiert');

    const paste = document.createElement('textarea');
    paste.setAttribute('aria-label', 'paste');
    document.body.append(paste);
    paste.focus();
    await sendKeys({ press: 'Control+V' });
    expect(paste.value).to.equal('https://example.org/angebot/42');
    paste.remove();
    await expect(view).to.be.accessible();
  });

  it('shows the link to copy by hand where there is no clipboard (a page served over http)', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity .opportunity=${opportunityFixture()} share-url="https://example.org/angebot/43"></mitmachen-opportunity>`,
    );
    // Browsers offer navigator.clipboard only in secure contexts; this page is one, so hide it.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      shadow(view).querySelector<HTMLButtonElement>('[part~="share-button"]')!.click();
      await waitUntil(() => shadow(view).querySelector('#share-url') !== null, 'the link to copy', patience);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(navigator.clipboard, 'restored').not.to.equal(undefined);
    expect(shadow(view).querySelector<HTMLInputElement>('#share-url')!.value).to.equal('https://example.org/angebot/43');
    expect(shadow(view).querySelector('[role="status"]')!.textContent).to.contain('nicht kopiert werden');
    await expect(view).to.be.accessible();
  });

  it('moves focus to the title with focus(), also when called before the data arrives', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity>`,
    );
    view.focus();
    await waitUntil(() => shadow(view).activeElement?.matches('h2.title[tabindex="-1"]') === true, 'focus on the title', patience);

    const given = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>`);
    given.focus();
    expect(shadow(given).activeElement?.textContent?.trim()).to.equal(opportunityFixture().title);
  });

  it('fires mitmachen-contact with the id from a clearly labelled button', async () => {
    const view = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>`);
    const contact = oneEvent<HTMLElementEventMap['mitmachen-contact']>(document, 'mitmachen-contact');
    shadow(view).querySelector<HTMLButtonElement>('[part~="contact-button"]')!.click();
    const event = await contact;
    expect(event.detail).to.deep.equal({ id: opportunityFixture().id });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(text(view)).to.contain('Maria Beispiel');
    expect(shadow(view).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:maria@example.org');
  });

  it('opens the contact form below the button, loaded on the first press, focus on its first field', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity .opportunity=${opportunityFixture()} api-base=${apiBase} privacy-url="/datenschutz"></mitmachen-opportunity>`,
    );
    const button = shadow(view).querySelector<HTMLButtonElement>('[part~="contact-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(view).querySelector('mitmachen-interest-form')).to.equal(null);
    button.click();
    await waitUntil(() => shadow(view).querySelector('mitmachen-interest-form')?.shadowRoot?.activeElement?.id === 'f-name', 'focus in the form', patience);
    const form = shadow(view).querySelector('mitmachen-interest-form')!;
    expect(customElements.get('mitmachen-interest-form')).not.to.equal(undefined);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(form.getAttribute('opportunity-id')).to.equal(opportunityFixture().id);
    expect(form.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="privacy-link"]')!.href).to.equal(new URL('/datenschutz', location.href).href);
    await expect(view).to.be.accessible();

    button.click();
    await view.updateComplete;
    expect(shadow(view).querySelector<HTMLElement>('#contact-form')!.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('leaves contact to the page when it cancels mitmachen-contact', async () => {
    const view = await fixture<MitmachenOpportunity>(html`<mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>`);
    view.addEventListener('mitmachen-contact', (event) => event.preventDefault());
    shadow(view).querySelector<HTMLButtonElement>('[part~="contact-button"]')!.click();
    await view.updateComplete;
    expect(shadow(view).querySelector('#contact-form')!.hasAttribute('hidden')).to.equal(true);
    expect(shadow(view).querySelector('[part~="contact-button"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('follows heading-level for the title and its sections', async () => {
    const view = await fixture<MitmachenOpportunity>(
      html`<mitmachen-opportunity heading-level="3" .opportunity=${opportunityFixture()}></mitmachen-opportunity>`,
    );
    expect(shadow(view).querySelector('h3.title')).not.to.equal(null);
    expect(shadow(view).querySelectorAll('h4.section-title').length).to.be.greaterThan(3);
    expect(shadow(view).querySelector('h2')).to.equal(null);
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <mitmachen-opportunity .opportunity=${opportunityFixture()}></mitmachen-opportunity>
    </div>`);
    const view = wrapper.querySelector<MitmachenOpportunity>('mitmachen-opportunity')!;
    await view.updateComplete;
    const shown = text(view);
    expect(shown).to.contain('Your tasks');
    expect(shown).to.contain('regular · 2 hrs/week · Wednesdays 15:00–16:00');
    expect(shown).to.contain('Get in touch');
    await expect(view).to.be.accessible();
  });

  after(() => fixtureCleanup());
});
