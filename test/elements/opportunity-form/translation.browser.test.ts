/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/opportunity-form/define.js';
import type { MitmachenOpportunityForm } from '../../../packages/elements/src/opportunity-form/opportunity-form.js';
import { apiBase, check, clearDrafts, errorOf, field, fill, marker, outcome, pendingWith, ready, root, submitButton, type RecordingClient } from '../forms/helpers.js';

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

const ukrainian = {
  title: 'Читання вголос у бібліотеці',
  summary: 'Читайте дітям раз на тиждень.',
  description: 'Ми шукаємо людей, яким подобається читати вголос.',
};

describe('<mitmachen-opportunity-form>: a translation', function () {
  // Sending waits the minimum fill time (3 s) and the proof-of-work: no fixed limit fits that.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('loads its translation section (a chunk of its own) as it connects, so it is there untouched once the form is ready', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><mitmachen-opportunity-form api-base=${apiBase}></mitmachen-opportunity-form></div>`);
    const form = wrapper.querySelector<MitmachenOpportunityForm>('mitmachen-opportunity-form')!;
    // Nothing was typed or clicked: the form's own update, which waits for the section, is enough.
    await form.updateComplete;
    const section = root(form).querySelector('[part~="translation"]');
    expect(section, 'the translation section').not.to.equal(null);
    expect(section!.querySelector('legend')?.textContent).to.equal('Übersetzung (freiwillig)');
    expect(root(form).querySelector('#f-translationLang')).not.to.equal(null);
    // It is the form's last section: what comes after it on the page is only consent and the button.
    const sections = [...root(form).querySelectorAll('fieldset.section')];
    expect(sections.at(-1)).to.equal(section);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => /\/forms\/translation\.ts/.test(name)), loaded.join(' ')).to.equal(true);
  });

  it('asks for the texts once a language is chosen, passes axe, and keeps them in the draft', async () => {
    const form = await opportunityForm();
    expect(root(form).querySelector('#f-translatedTitle'), 'no text fields before a language is chosen').to.equal(null);
    const options = [...field<HTMLSelectElement>(form, 'translationLang').options].map((option) => option.value);
    expect(options).to.include.members(['en', 'uk', 'ar', 'tr', 'ru']);
    await fill(form, 'translationLang', 'uk');
    await fill(form, 'translatedTitle', ukrainian.title);
    expect(root(form).querySelector('#f-translatedSummary')).not.to.equal(null);
    await expect(form).to.be.accessible();

    form.parentElement!.remove();
    const again = await opportunityForm();
    expect(field<HTMLSelectElement>(again, 'translationLang').value).to.equal('uk');
    expect(field(again, 'translatedTitle').value).to.equal(ukrainian.title);
  });

  it('requires the whole translation, then posts it with the listing', async () => {
    const form = await opportunityForm();
    const tag = marker();
    await fillValid(form, tag);
    await fill(form, 'translationLang', 'uk');
    await fill(form, 'translatedTitle', ukrainian.title);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('summary');
    expect(errorOf(form, 'translatedSummary')).to.be.a('string');
    await expect(form).to.be.accessible();

    await fill(form, 'translatedSummary', ukrainian.summary);
    await fill(form, 'translatedDescription', ukrainian.description);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    const [pending] = await pendingWith(tag);
    expect((pending?.posting as { translations?: unknown }).translations).to.deep.equal({ uk: ukrainian });
  });
});
