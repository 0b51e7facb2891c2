/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formMessages } from '../../../packages/elements/src/forms/form.messages.js';
import { interestMessages } from '../../../packages/elements/src/interest-form/interest-form.messages.js';
import '../../../packages/elements/src/opportunity/define.js';
import type { MitmachenOpportunity } from '../../../packages/elements/src/opportunity/opportunity.js';
import { detailMessages } from '../../../packages/elements/src/opportunity/opportunity.messages.js';
import { apiBase, clearDrafts, outcome, seededOpportunityId, submittedEvents, until, type AnyForm } from '../forms/helpers.js';
import { deepActiveElement } from '../search/helpers.js';

/** Presses Tab until `found` holds for the focused element; fails after `limit` presses. */
async function tabTo(found: (focused: Element | null) => boolean, limit = 80): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (found(focused)) return focused!;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

const named = (name: string) => (focused: Element | null) => focused?.getAttribute('name') === name;

describe('the contact form in Leichte Sprache: keyboard only, on the real server', function () {
  // Sending waits the minimum fill time and the proof of work: no fixed limit fits a busy machine.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('opens from the detail, says in easy words what is missing, and sends with the keyboard alone', async () => {
    // A catalogue read before its language has loaded is the German one (localize.ts): on a busy
    // machine the element's words could come after the test had taken German ones to wait for.
    await Promise.all([detailMessages.load('easy'), interestMessages.load('easy'), formMessages.load('easy')]);
    const opportunityId = await seededOpportunityId();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de" data-mitmachen-reading="easy">
      <mitmachen-opportunity opportunity-id=${opportunityId} api-base=${apiBase} privacy-url="https://example.org/datenschutz"></mitmachen-opportunity>
    </div>`);
    const view = wrapper.querySelector<MitmachenOpportunity>('mitmachen-opportunity')!;
    const detail = detailMessages.easy;
    const words = interestMessages.easy;
    await until(() => view.shadowRoot!.querySelector('[part~="contact-button"]')?.textContent?.trim() === detail.contactRequest);

    await tabTo((focused) => focused?.getAttribute('part')?.includes('contact-button') === true);
    await sendKeys({ press: 'Enter' });
    await until(() => view.shadowRoot!.querySelector('mitmachen-interest-form')?.shadowRoot?.querySelector('[name="name"]') != null);
    const form = view.shadowRoot!.querySelector<AnyForm>('mitmachen-interest-form')!;
    await form.updateComplete;
    const sent = submittedEvents(form);

    await tabTo(named('name'));
    await sendKeys({ type: 'Maria Beispiel' });
    await tabTo(named('email'));
    await sendKeys({ type: 'maria@example.net' });
    await tabTo(named('consent'));
    await sendKeys({ press: 'Space' });
    // The message is left out: the form must say so in Leichte Sprache, next to the field too.
    await tabTo((focused) => focused?.getAttribute('part')?.includes('submit-button') === true);
    await sendKeys({ press: 'Enter' });
    expect(await outcome(form)).to.equal('summary');
    const summary = form.shadowRoot!.querySelector('.summary')!;
    expect(summary.textContent).to.contain(formMessages.easy.summaryTitle);
    expect(summary.textContent).to.contain(formMessages.easy.required(words.message));
    await expect(view).to.be.accessible();

    // The summary's link takes the keyboard to the field.
    await tabTo((focused) => focused?.closest('.summary') !== null && focused?.localName === 'a');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.getAttribute('name') === 'message');
    await sendKeys({ type: 'Ich habe am Mittwoch Zeit. Ich helfe gern mit.' });
    await tabTo((focused) => focused?.getAttribute('part')?.includes('submit-button') === true);
    await sendKeys({ press: 'Enter' });

    expect(await outcome(form)).to.equal('confirmation');
    expect(form.shadowRoot!.querySelector('.confirmation')!.textContent).to.contain(words.thanks);
    expect(sent.length, 'one contact request reached the server').to.equal(1);
    await expect(view).to.be.accessible();
  });
});
