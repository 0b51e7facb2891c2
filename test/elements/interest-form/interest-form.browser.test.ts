/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/interest-form/define.js';
import type { MitmachenInterestForm } from '../../../packages/elements/src/interest-form/interest-form.js';
import {
  apiBase,
  check,
  clearDrafts,
  errorOf,
  field,
  fill,
  fillInterest,
  focused,
  outcome,
  recordingClient,
  root,
  submitButton,
  submittedEvents,
  seededOpportunityId,
  summaryItems,
  type,
} from '../forms/helpers.js';

const client = createClient({ baseUrl: apiBase });

async function interestForm(opportunityId: string, lang = 'de', injected?: ReturnType<typeof recordingClient>['client']) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mitmachen-interest-form
      opportunity-id=${opportunityId}
      api-base=${apiBase}
      privacy-url="https://example.org/datenschutz"
      .client=${injected}
    ></mitmachen-interest-form>
  </div>`);
  const form = wrapper.querySelector('mitmachen-interest-form')!;
  await form.updateComplete;
  return form;
}

describe('<mitmachen-interest-form>', function () {
  // Sending waits the minimum fill time (3 s) and the proof-of-work: no fixed limit fits that.
  this.timeout(0);
  let opportunityId: string;

  before(async () => {
    opportunityId = await seededOpportunityId();
  });
  beforeEach(clearDrafts);

  it('is accessible when empty, with labelled native inputs and autocomplete tokens', async () => {
    const form = await interestForm(opportunityId);
    await expect(form).to.be.accessible();
    expect(field(form, 'name').autocomplete).to.equal('name');
    expect(field(form, 'email').type).to.equal('email');
    expect(field(form, 'email').autocomplete).to.equal('email');
    expect(field(form, 'phone').type).to.equal('tel');
    expect(field(form, 'message').localName).to.equal('textarea');
    const privacy = root(form).querySelector<HTMLAnchorElement>('[part~="privacy-link"]')!;
    expect(privacy.href).to.equal('https://example.org/datenschutz');
  });

  it('checks a field when the user leaves it, in German, and live from then on', async () => {
    const form = await interestForm(opportunityId);
    field(form, 'name').focus();
    field(form, 'name').blur();
    await form.updateComplete;
    expect(errorOf(form, 'name'), 'passing through an empty field is no error').to.equal(undefined);

    await fill(form, 'name', 'M');
    expect(errorOf(form, 'name')).to.equal('„Ihr Name“ muss mindestens 2 Zeichen lang sein.');
    expect(field(form, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(field(form, 'name').getAttribute('aria-describedby')).to.contain('f-name-error');
    await expect(form).to.be.accessible();

    type(form, 'name', 'Ma');
    await form.updateComplete;
    expect(errorOf(form, 'name'), 'fixed while typing').to.equal(undefined);
    expect(field(form, 'name').getAttribute('aria-invalid')).to.equal('false');

    await fill(form, 'email', 'max@');
    expect(errorOf(form, 'email')).to.equal('Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de an.');
    await fill(form, 'phone', 'ruf an');
    expect(errorOf(form, 'phone')).to.contain('nur Ziffern, Leerzeichen und + ( ) / -');
    await fill(form, 'message', 'Hallo');
    expect(errorOf(form, 'message')).to.equal('„Ihre Nachricht“ muss mindestens 10 Zeichen lang sein.');
  });

  it('speaks English when the page does', async () => {
    const form = await interestForm(opportunityId, 'en');
    await fill(form, 'name', 'M');
    expect(errorOf(form, 'name')).to.equal('“Your name” must be at least 2 characters long.');
    await fill(form, 'email', 'max@');
    expect(errorOf(form, 'email')).to.equal('Please enter an email address in the form name@example.com.');
    expect(submitButton(form).textContent?.trim()).to.equal('Send message');
    await expect(form).to.be.accessible();
  });

  it('lists every problem in a summary on submit, moves focus there, and links to each field', async () => {
    const { client: recording, posts } = recordingClient();
    const form = await interestForm(opportunityId, 'de', recording);
    await fill(form, 'phone', '0351');
    submitButton(form).click();
    await outcome(form);
    expect(focused(form)?.id).to.equal('summary-title');
    expect(summaryItems(form)).to.deep.equal([
      'Bitte füllen Sie „Ihr Name“ aus.',
      'Bitte füllen Sie „Ihre E-Mail-Adresse“ aus.',
      'Bitte geben Sie eine Telefonnummer mit 5 bis 40 Zeichen an: nur Ziffern, Leerzeichen und + ( ) / -.',
      'Bitte füllen Sie „Ihre Nachricht“ aus.',
      'Bitte stimmen Sie zu, dass Ihre Angaben verarbeitet werden. Ohne Ihr Einverständnis senden wir nichts.',
    ]);
    await expect(form).to.be.accessible();

    root(form).querySelectorAll<HTMLAnchorElement>('.summary a')[3]!.click();
    expect(focused(form)?.id).to.equal('f-message');
    expect(location.hash, 'the page address stays as it was').to.equal('');
    expect(posts).to.deep.equal([]);
  });

  it('sends nothing without consent', async () => {
    const { client: recording, posts } = recordingClient();
    const form = await interestForm(opportunityId, 'de', recording);
    await fillInterest(form);
    await check(form, 'consent', undefined, false);
    submitButton(form).click();
    await outcome(form);
    expect(summaryItems(form)).to.deep.equal([
      'Bitte stimmen Sie zu, dass Ihre Angaben verarbeitet werden. Ohne Ihr Einverständnis senden wir nichts.',
    ]);
    expect(errorOf(form, 'consent')).to.contain('Ohne Ihr Einverständnis senden wir nichts.');
    expect(posts).to.deep.equal([]);
  });

  it('restores the draft after a reload, for the same opportunity only', async () => {
    const first = await interestForm(opportunityId);
    await fill(first, 'name', 'Erika Beispiel');
    await fill(first, 'message', 'Ich komme gern vorbei.');
    first.remove();

    const again = await interestForm(opportunityId);
    expect(field(again, 'name').value).to.equal('Erika Beispiel');
    expect(field<HTMLTextAreaElement>(again, 'message').value).to.equal('Ich komme gern vorbei.');
    expect(root(again).querySelector('[part~="draft-notice"]')?.textContent).to.contain('wiederhergestellt');
    await expect(again).to.be.accessible();

    const other = await interestForm('00000000-0000-4000-8000-000000000000');
    expect(field(other, 'name').value).to.equal('');
  });

  it('sends once, confirms with focus, fires mitmachen-submitted and forgets the draft', async () => {
    const { client: recording, posts } = recordingClient();
    const form = await interestForm(opportunityId, 'de', recording);
    await fillInterest(form);
    const events = submittedEvents(form);
    submitButton(form).click();
    await form.updateComplete;
    expect(submitButton(form).textContent?.trim()).to.equal('Wird gesendet …');
    expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
    await expect(form).to.be.accessible();
    expect(await outcome(form)).to.equal('confirmation');
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.kind).to.equal('interest');
    expect(events[0]!.detail.id).to.match(/^[0-9a-f-]{36}$/);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(focused(form)?.id).to.equal('confirmation-title');
    expect(root(form).textContent).to.contain('Wir leiten sie an die Organisation weiter');
    expect(posts.map((post) => post.path)).to.deep.equal([`/v1/opportunities/${opportunityId}/interests`]);
    await expect(form).to.be.accessible();

    const again = await interestForm(opportunityId);
    expect(field(again, 'name').value, 'the draft is gone').to.equal('');
  });

  it('keeps every value when the answer is lost, and the retry goes under the same key', async () => {
    const recording = recordingClient();
    const form = await interestForm(opportunityId, 'de', recording.client);
    await fillInterest(form);
    recording.loseNext('after');
    submitButton(form).click();
    expect(await outcome(form)).to.equal('failure');
    expect(root(form).querySelector('.failure')?.textContent).to.contain('Nichts ist verloren');
    expect(focused(form)?.classList.contains('failure')).to.equal(true);
    expect(field(form, 'name').value).to.equal('Max Mustermann');
    expect(field<HTMLTextAreaElement>(form, 'message').value).to.equal('Ich hätte mittwochs Zeit und würde gern mitmachen.');
    await expect(form).to.be.accessible();

    const events = submittedEvents(form);
    root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(events.length).to.equal(1);
    expect(recording.posts.length).to.equal(2);
    expect(recording.posts[1]!.key, 'the retry reuses the idempotency key').to.equal(recording.posts[0]!.key);
  });

  it('writes to the author of a volunteer’s offer through the platform (offer-id)', async () => {
    const offerId = (await client.offers.search({ pageSize: 1 })).items[0]!.id;
    const recording = recordingClient();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <mitmachen-interest-form offer-id=${offerId} api-base=${apiBase} privacy-url="/datenschutz" .client=${recording.client}></mitmachen-interest-form>
    </div>`);
    const form = wrapper.querySelector('mitmachen-interest-form')!;
    await form.updateComplete;
    expect(root(form).querySelector('#f-email-hint')?.textContent).to.contain('Die Person antwortet Ihnen');
    await fillInterest(form);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(recording.posts.map((post) => post.path)).to.deep.equal([`/v1/offers/${offerId}/interests`]);
    expect(root(form).textContent).to.contain('Wir leiten sie an die Person weiter');
  });

  it('tells the web editor when it knows no recipient', async () => {
    const form = await fixture<MitmachenInterestForm>(html`<mitmachen-interest-form api-base=${apiBase}></mitmachen-interest-form>`);
    expect(root(form).querySelector('[part~="notice"]')?.textContent).to.contain('opportunity-id');
    expect(root(form).querySelector('form')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('says so when the opportunity is gone (404), and keeps the message', async () => {
    const form = await interestForm('00000000-0000-4000-8000-000000000000');
    await fillInterest(form);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('failure');
    expect(root(form).querySelector('.failure')?.textContent).to.contain('Dieses Angebot gibt es nicht mehr');
    expect(field(form, 'name').value).to.equal('Max Mustermann');
  });
});
