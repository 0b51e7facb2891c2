/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/offer-form/define.js';
import type { MitmachenOfferForm } from '../../../packages/elements/src/offer-form/offer-form.js';
import {
  apiBase,
  check,
  clearDrafts,
  errorOf,
  field,
  fill,
  focused,
  marker,
  outcome,
  pendingWith,
  ready,
  recordingClient,
  root,
  submitButton,
  submittedEvents,
  summaryItems,
  type RecordingClient,
} from '../forms/helpers.js';

async function offerForm(lang = 'de', injected?: RecordingClient['client']) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} data-mitmachen-privacy-url="https://example.org/datenschutz">
    <mitmachen-offer-form api-base=${apiBase} .client=${injected}></mitmachen-offer-form>
  </div>`);
  return ready(wrapper.querySelector('mitmachen-offer-form')!);
}

async function fillValid(form: MitmachenOfferForm, tag: string, place = 'Freital'): Promise<void> {
  await fill(form, 'displayName', 'Gartenfreundin');
  await fill(form, 'email', 'gartenfreundin@example.com');
  await fill(form, 'title', `Ich helfe beim Gärtnern ${tag}`);
  await fill(form, 'description', 'Ich habe samstags Zeit und einen grünen Daumen.');
  await check(form, 'categories', 'umwelt-naturschutz');
  await check(form, 'availability', 'regular');
  await fill(form, 'hoursPerWeek', '3');
  await check(form, 'days', 'sa');
  await fill(form, 'place', place);
  await check(form, 'consent');
}

describe('<mitmachen-offer-form>', function () {
  // Sending waits the minimum fill time (3 s) and the proof-of-work: no fixed limit fits that.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('is accessible when empty; the email is marked as never shown; the privacy link is inherited', async () => {
    const form = await offerForm();
    await expect(form).to.be.accessible();
    expect(field(form, 'displayName').autocomplete).to.equal('nickname');
    expect(root(form).querySelector('#f-email-hint')?.textContent).to.contain('Wird nie angezeigt');
    expect(field(form, 'radiusKm').value, 'the contract’s default radius').to.equal('10');
    expect(root(form).querySelector<HTMLAnchorElement>('[part~="privacy-link"]')?.href).to.equal('https://example.org/datenschutz');
    const ageGroups = [...field<HTMLSelectElement>(form, 'ageGroup').options].map((option) => option.textContent);
    expect(ageGroups[0]).to.equal('Keine Angabe');
    expect(ageGroups.length).to.equal(6);
  });

  it('shows German messages as fields are left', async () => {
    const form = await offerForm();
    await fill(form, 'displayName', 'G');
    expect(errorOf(form, 'displayName')).to.equal('„Name, der angezeigt wird“ muss mindestens 2 Zeichen lang sein.');
    await fill(form, 'description', 'Zu kurz.');
    expect(errorOf(form, 'description')).to.equal('„Beschreibung“ muss mindestens 20 Zeichen lang sein.');
    await fill(form, 'radiusKm', '500');
    expect(errorOf(form, 'radiusKm')).to.equal('„Umkreis in Kilometern“ muss zwischen 0 und 200 liegen.');
    await check(form, 'availability', 'one-time');
    expect(root(form).querySelector('#f-hoursPerWeek'), 'no weekly hours for a one-time offer').to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('shows English messages when the page is English', async () => {
    const form = await offerForm('en');
    await fill(form, 'displayName', 'G');
    expect(errorOf(form, 'displayName')).to.equal('“Name to display” must be at least 2 characters long.');
    await fill(form, 'radiusKm', 'weit');
    expect(errorOf(form, 'radiusKm')).to.equal('Please enter a number for “Radius in kilometres”.');
    submitButton(form).click();
    await outcome(form);
    expect(root(form).querySelector('.summary .heading')?.textContent).to.equal('Please check what you entered');
    expect(summaryItems(form)).to.include('Please choose 1 to 3 for “Fields”.');
    await expect(form).to.be.accessible();
  });

  it('sends nothing without consent', async () => {
    const recording = recordingClient();
    const form = await offerForm('de', recording.client);
    await fillValid(form, marker());
    await check(form, 'consent', undefined, false);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('summary');
    expect(summaryItems(form)).to.deep.equal([
      'Bitte stimmen Sie zu, dass Ihre Angaben verarbeitet werden. Ohne Ihr Einverständnis senden wir nichts.',
    ]);
    root(form).querySelector<HTMLAnchorElement>('.summary a')!.click();
    expect(focused(form)?.id).to.equal('f-consent');
    expect(recording.posts).to.deep.equal([]);
  });

  it('puts the server’s objection on its field: a place it does not know', async () => {
    const form = await offerForm();
    await fillValid(form, marker(), 'Xyzzyhausen');
    submitButton(form).click();
    expect(await outcome(form)).to.equal('summary');
    expect(errorOf(form, 'place')).to.equal(
      'Diesen Ort kennen wir nicht. Bitte prüfen Sie die Schreibweise oder nennen Sie einen größeren Ort in der Nähe.',
    );
    expect(focused(form)?.id).to.equal('summary-title');
    await expect(form).to.be.accessible();
  });

  it('restores the draft after a reload', async () => {
    const first = await offerForm();
    await fillValid(first, 'Entwurf');
    first.remove();
    const again = await offerForm();
    expect(field(again, 'title').value).to.equal('Ich helfe beim Gärtnern Entwurf');
    expect(field(again, 'hoursPerWeek').value).to.equal('3');
    expect(root(again).querySelector<HTMLInputElement>('input[name="availability"][value="regular"]')!.checked).to.equal(true);
    expect(field(again, 'consent').checked).to.equal(true);
  });

  it('keeps every value when the answer is lost; the retry and a double click post exactly once', async () => {
    const recording = recordingClient();
    const form = await offerForm('de', recording.client);
    const tag = marker();
    await fillValid(form, tag);
    recording.loseNext('after');
    submitButton(form).click();
    expect(await outcome(form)).to.equal('failure');
    expect(field(form, 'displayName').value).to.equal('Gartenfreundin');
    expect(field(form, 'place').value).to.equal('Freital');
    await expect(form).to.be.accessible();

    const events = submittedEvents(form);
    const retry = root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    retry.click();
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(recording.posts.length).to.equal(2);
    const pending = await pendingWith(tag);
    expect(pending.length, 'one posting').to.equal(1);
    expect(pending[0]!.kind).to.equal('offer');
    expect(events.map((event) => event.detail)).to.deep.equal([{ id: pending[0]!.id, kind: 'offer' }]);
    await expect(form).to.be.accessible();
  });
});
