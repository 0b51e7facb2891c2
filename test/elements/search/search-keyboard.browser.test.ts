/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import { $, $$, apiBase, deepActiveElement, searchFixture, settled, settledWhere } from './helpers.js';

const base = apiBase;

/** Presses Tab until `found` holds for the focused element; fails after `limit` presses. */
async function tabTo(found: (focused: Element | null) => boolean, limit = 120): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (found(focused)) return focused!;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

describe('<mitmachen-search>: keyboard only', function () {

  it('is accessible', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    await expect(element).to.be.accessible();
  });

  it('searches, filters, opens a result and comes back to it with the keyboard alone', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    await tabTo((focused) => focused === $(element, '#q'));
    let done = settledWhere(element, (detail) => detail.state.q === 'garten');
    await sendKeys({ type: 'garten' });
    await sendKeys({ press: 'Enter' });
    const searched = await done;
    expect(searched.state.q).to.equal('garten');

    // On a narrow page the filters sit behind a disclosure button.
    const toggle = await tabTo((focused) => focused === $(element, '.filters-toggle'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await tabTo((focused) => focused?.closest('label')?.textContent?.includes('Umwelt & Naturschutz') === true);
    done = settled(element);
    await sendKeys({ press: 'Space' });
    const filtered = await done;
    expect(filtered.state.categories).to.deep.equal(['umwelt-naturschutz']);
    expect(filtered.total).to.be.greaterThan(0);

    const link = await tabTo((focused) => focused?.classList.contains('link') === true && focused.closest('.grid') !== null);
    const id = link.closest('li')!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    const detail = $(element, 'mitmachen-opportunity')!;
    expect(detail.getAttribute('opportunity-id')).to.equal(id);
    await waitForFocusIn(detail);
    await waitForTitle(detail);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect($(element, 'mitmachen-opportunity')).to.equal(null);
    expect(deepActiveElement(), 'focus is back on the chosen card').to.equal($(element, `li[data-id="${id}"] .link`));
    await expect(element).to.be.accessible();
  });

  it('chooses a place from the suggestions with the arrow keys and Enter', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    $(element, '.filters-toggle')!.click();
    await element.updateComplete;
    const input = $<HTMLInputElement>(element, '#place')!;
    input.focus();
    await sendKeys({ type: 'Pirn' });
    // On a busy machine the keys come slowly and the suggestions for "P" may show first.
    await waitFor(() => input.getAttribute('aria-expanded') === 'true' && $$(element, '[role="option"]')[0]?.textContent.includes('Pirna') === true);
    expect($$(element, '[role="option"]')[0]!.textContent).to.contain('Pirna');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('place-option-0');
    expect($(element, '#place-option-0')!.getAttribute('aria-selected')).to.equal('true');
    const done = settled(element);
    await sendKeys({ press: 'Enter' });
    const chosen = await done;
    expect(chosen.state.place?.name).to.equal('Pirna');
    expect(input.value).to.equal('Pirna');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect($$(element, '.chip').map((chip) => chip.textContent.trim())).to.deep.equal(['Pirna, Umkreis 25 km ×']);
    const radius = $<HTMLSelectElement>(element, '#radius')!;
    expect(radius.disabled).to.equal(false);
  });

  it('closes the suggestions with Escape without choosing', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    $(element, '.filters-toggle')!.click();
    await element.updateComplete;
    const input = $<HTMLInputElement>(element, '#place')!;
    input.focus();
    await sendKeys({ type: 'Dres' });
    await waitFor(() => input.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(element.state.place).to.equal(undefined);
  });
});

async function waitFor(predicate: () => boolean) {
  while (!predicate()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function waitForFocusIn(host: Element) {
  await waitFor(() => host.shadowRoot?.contains(deepActiveElement()) === true);
}

async function waitForTitle(host: Element) {
  await waitFor(() => host.shadowRoot?.querySelector('[part~="title"]') != null);
}
