/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/opportunity-form/define.js';
import type { MitmachenOpportunityForm } from '../../../packages/elements/src/opportunity-form/opportunity-form.js';
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

async function opportunityForm(lang = 'de', injected?: RecordingClient['client']) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mitmachen-opportunity-form api-base=${apiBase} privacy-url="/datenschutz" .client=${injected}></mitmachen-opportunity-form>
  </div>`);
  return ready(wrapper.querySelector('mitmachen-opportunity-form')!);
}

/** A complete, valid regular opportunity on site whose title carries `tag`. */
async function fillValid(form: MitmachenOpportunityForm, tag: string, city = 'Meißen'): Promise<void> {
  await fill(form, 'orgName', 'Förderverein Stadtbibliothek Meißen e. V.');
  await fill(form, 'orgType', 'verein');
  await fill(form, 'contactName', 'Anna Beispiel');
  await fill(form, 'contactEmail', 'anna@example.org');
  await fill(form, 'title', `Vorlesen in der Stadtbibliothek ${tag}`);
  await fill(form, 'summary', 'Lesen Sie Kindern einmal pro Woche vor.');
  await fill(form, 'description', 'Wir suchen Menschen, die Freude am Vorlesen haben.');
  await fill(form, 'tasks', 'Bücher aussuchen\nVorlesen');
  await check(form, 'categories', 'bildung');
  await check(form, 'locationType', 'onsite');
  await fill(form, 'street', 'Kirchgasse 1');
  await fill(form, 'postalCode', '01662');
  await fill(form, 'city', city);
  await check(form, 'scheduleType', 'regular');
  await fill(form, 'hoursPerWeek', '1,5');
  await check(form, 'days', 'we');
  await fill(form, 'slotFrom', '15:00');
  await fill(form, 'slotTo', '16:30');
  await check(form, 'consent');
}

describe('<mitmachen-opportunity-form>', function () {
  // Sending waits the minimum fill time (3 s) and the proof-of-work: no fixed limit fits that.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('is accessible when empty, in sections with legends, choices from the taxonomy', async () => {
    const form = await opportunityForm();
    await expect(form).to.be.accessible();
    const legends = [...root(form).querySelectorAll('.section > legend')].map((legend) => legend.textContent?.trim());
    expect(legends).to.deep.equal(['Ihre Organisation', 'Ansprechperson', 'Das Engagement', 'Wo', 'Wann', 'Was Freiwillige bekommen', 'Laufzeit', 'Übersetzung (freiwillig)']);
    const categories = [...root(form).querySelectorAll<HTMLInputElement>('input[name="categories"]')];
    expect(categories.length).to.equal(16);
    expect(root(form).querySelector(`label[for="${categories[0]!.id}"]`)?.textContent).to.equal('Kinder & Jugend');
    expect(field(form, 'orgName').autocomplete).to.equal('organization');
    expect(field(form, 'contactEmail').autocomplete).to.equal('email');
    expect(field(form, 'website').type).to.equal('url');
  });

  it('asks only what the choice of place and time needs', async () => {
    const form = await opportunityForm();
    expect(root(form).querySelector('#f-city')).to.equal(null);
    await check(form, 'locationType', 'remote');
    expect(root(form).querySelector('#f-city')).to.equal(null);
    expect(field<HTMLSelectElement>(form, 'region').localName).to.equal('select');
    await check(form, 'locationType', 'hybrid');
    expect(field(form, 'city').autocomplete).to.equal('address-level2');
    await check(form, 'scheduleType', 'one-time');
    expect(field(form, 'date0').type).to.equal('date');
    root(form).querySelector<HTMLButtonElement>('.repeat + .button')!.click();
    await form.updateComplete;
    expect(field(form, 'date1').type, 'a second date').to.equal('date');
    expect(focused(form)?.id).to.equal('f-date1');
    await expect(form).to.be.accessible();
  });

  it('shows German messages next to the fields as they are left', async () => {
    const form = await opportunityForm();
    await fill(form, 'website', 'bibliothek.example');
    expect(errorOf(form, 'website')).to.equal('Bitte geben Sie eine Webadresse an, die mit https:// oder http:// beginnt.');
    await fill(form, 'title', 'Lesen');
    expect(errorOf(form, 'title')).to.equal(undefined);
    await fill(form, 'title', 'Les');
    expect(errorOf(form, 'title')).to.equal('„Titel“ muss mindestens 5 Zeichen lang sein.');
    for (const category of ['bildung', 'kultur', 'sport-bewegung', 'senioren']) await check(form, 'categories', category);
    root(form).querySelector<HTMLInputElement>('#f-minimumAge')!.focus();
    await form.updateComplete;
    expect(errorOf(form, 'categories')).to.equal('Bitte wählen Sie bei „Tätigkeitsfelder“ 1 bis 3 aus.');
    await fill(form, 'minimumAge', '16,5');
    expect(errorOf(form, 'minimumAge')).to.equal('Bitte geben Sie bei „Mindestalter“ eine ganze Zahl an.');
    await check(form, 'locationType', 'onsite');
    await fill(form, 'postalCode', '1662');
    expect(errorOf(form, 'postalCode')).to.equal('Bitte geben Sie eine fünfstellige Postleitzahl an, zum Beispiel 01067.');
    await check(form, 'scheduleType', 'one-time');
    await fill(form, 'date0', '2020-05-01');
    expect(errorOf(form, 'date0')).to.equal('„Datum (Termin 1)“ darf nicht in der Vergangenheit liegen.');
    await fill(form, 'from0', '16:00');
    await fill(form, 'to0', '15:00');
    expect(errorOf(form, 'to0')).to.equal('Das Ende muss nach dem Beginn liegen.');
    await expect(form).to.be.accessible();
  });

  it('shows English messages when the page is English', async () => {
    const form = await opportunityForm('en');
    await fill(form, 'website', 'bibliothek.example');
    expect(errorOf(form, 'website')).to.equal('Please enter a web address that starts with https:// or http://.');
    await check(form, 'scheduleType', 'regular');
    await fill(form, 'hoursPerWeek', '0');
    expect(errorOf(form, 'hoursPerWeek')).to.equal('“Hours per week” must be more than 0 and at most 40.');
    expect(root(form).querySelector('.section > legend')?.textContent?.trim()).to.equal('Your organisation');
    await expect(form).to.be.accessible();
  });

  it('puts every problem into the summary on submit, and focus on it', async () => {
    const form = await opportunityForm();
    submitButton(form).click();
    await outcome(form);
    expect(focused(form)?.id).to.equal('summary-title');
    expect(summaryItems(form).slice(0, 3)).to.deep.equal([
      'Bitte füllen Sie „Name der Organisation“ aus.',
      'Bitte wählen Sie bei „Art der Organisation“ etwas aus.',
      'Bitte füllen Sie „Name der Ansprechperson“ aus.',
    ]);
    expect(summaryItems(form)).to.include('Bitte wählen Sie bei „Tätigkeitsfelder“ 1 bis 3 aus.');
    expect(summaryItems(form).at(-1)).to.contain('Ohne Ihr Einverständnis senden wir nichts.');
    await expect(form).to.be.accessible();
    const toCategories = [...root(form).querySelectorAll<HTMLAnchorElement>('.summary a')].find((link) => link.textContent?.includes('Tätigkeitsfelder'))!;
    toCategories.click();
    expect(focused(form)?.id, 'the first category').to.equal('f-categories');
  });

  it('puts the server’s objection on its field: a city outside Saxony', async () => {
    const form = await opportunityForm();
    await fillValid(form, marker(), 'Atlantis');
    submitButton(form).click();
    expect(await outcome(form)).to.equal('summary');
    expect(errorOf(form, 'city')).to.equal('Diesen Ort kennen wir in Sachsen nicht. Bitte prüfen Sie die Schreibweise.');
    expect(summaryItems(form)).to.deep.equal(['Diesen Ort kennen wir in Sachsen nicht. Bitte prüfen Sie die Schreibweise.']);
    expect(field(form, 'city').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(form)?.id).to.equal('summary-title');
    await expect(form).to.be.accessible();
  });

  it('restores the whole draft after a reload, conditional fields included', async () => {
    const first = await opportunityForm();
    await fillValid(first, 'Entwurf');
    first.remove();
    const again = await opportunityForm();
    expect(field(again, 'title').value).to.equal('Vorlesen in der Stadtbibliothek Entwurf');
    expect(field(again, 'city').value).to.equal('Meißen');
    expect(field(again, 'hoursPerWeek').value).to.equal('1,5');
    expect(root(again).querySelector<HTMLInputElement>('input[name="days"][value="we"]')!.checked).to.equal(true);
    expect(field<HTMLSelectElement>(again, 'orgType').value).to.equal('verein');
  });

  it('keeps every value when the connection fails, and the retry posts exactly once', async () => {
    const recording = recordingClient();
    const form = await opportunityForm('de', recording.client);
    const tag = marker();
    await fillValid(form, tag);
    // The first attempt never leaves; the second reaches the server but its answer is lost.
    recording.loseNext('before');
    submitButton(form).click();
    expect(await outcome(form)).to.equal('failure');
    expect(field(form, 'title').value).to.contain(tag);
    expect(field(form, 'city').value).to.equal('Meißen');
    await expect(form).to.be.accessible();

    recording.loseNext('after');
    root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(await outcome(form)).to.equal('failure');
    const events = submittedEvents(form);
    root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(recording.posts.length).to.equal(2);
    expect(new Set(recording.posts.map((post) => post.key)).size, 'one idempotency key').to.equal(1);
    const pending = await pendingWith(tag);
    expect(pending.length, 'one posting').to.equal(1);
    expect(events.map((event) => event.detail)).to.deep.equal([{ id: pending[0]!.id, kind: 'opportunity' }]);
    expect(root(form).textContent).to.contain('Die Freiwilligenagentur prüft es');
    expect(focused(form)?.id).to.equal('confirmation-title');
    await expect(form).to.be.accessible();
  });

  it('posts once however often send is pressed', async () => {
    const recording = recordingClient();
    const form = await opportunityForm('de', recording.client);
    const tag = marker();
    await fillValid(form, tag);
    submitButton(form).click();
    submitButton(form).click();
    await form.updateComplete;
    submitButton(form).click();
    field(form, 'title').form?.requestSubmit();
    expect(await outcome(form)).to.equal('confirmation');
    expect(recording.posts.length).to.equal(1);
    const [posting] = await pendingWith(tag);
    expect(posting?.posting).to.deep.include({
      title: `Vorlesen in der Stadtbibliothek ${tag}`,
      tasks: ['Bücher aussuchen', 'Vorlesen'],
    });
    expect((await pendingWith(tag)).length).to.equal(1);
  });
});
