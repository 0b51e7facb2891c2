/**
 * The manage page fills the posting forms with the listing as stored: what the form then sends
 * must be that listing again, translation included (the server replaces the stored one with
 * what an edit sends, so a translation left out would be deleted and send the listing to review).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import { offerValues } from '../../../packages/elements/src/offer-form/offer-values.js';
import { opportunityInput } from '../../../packages/elements/src/opportunity-form/opportunity-input.js';
import { opportunityValues } from '../../../packages/elements/src/opportunity-form/opportunity-values.js';

const opportunity: OpportunityInput = {
  title: 'Vorlesen in der Stadtbibliothek',
  summary: 'Lesen Sie Kindern einmal pro Woche eine Stunde vor.',
  description: 'Wir suchen Menschen, die Freude am Vorlesen haben und Kindern Geschichten näherbringen.',
  tasks: ['Bücher aussuchen', 'Vorlesen'],
  organisation: { name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein' },
  contact: { name: 'Anna Beispiel', email: 'anna@example.org', public: false },
  categories: ['bildung'],
  location: { type: 'onsite', address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' } },
  schedule: { type: 'regular', hoursPerWeek: 1.5, slots: [{ day: 'we', from: '15:00', to: '16:30' }] },
  translations: {
    uk: {
      title: 'Читання вголос у бібліотеці',
      summary: 'Читайте дітям раз на тиждень.',
      description: 'Ми шукаємо людей, яким подобається читати вголос.',
    },
  },
};

it('gives an edited opportunity its translation back', () => {
  const values = opportunityValues(opportunity);
  assert.equal(values.translationLang, 'uk');
  assert.deepEqual(opportunityInput(values).translations, opportunity.translations);
});

it('leaves the translation empty for an opportunity without one', () => {
  const { translations: _, ...german } = opportunity;
  const values = opportunityValues(german);
  assert.equal(values.translationLang, undefined);
  assert.equal(opportunityInput(values).translations, undefined);
});

it('gives an edited offer its translation back as the offer form fields', () => {
  const offer: OfferInput = {
    displayName: 'Gartenfreundin',
    email: 'gartenfreundin@example.com',
    title: 'Ich helfe beim Gärtnern',
    description: 'Ich habe samstags Zeit und einen grünen Daumen.',
    categories: ['umwelt-naturschutz'],
    availability: { type: 'regular', hoursPerWeek: 3, days: ['sa'] },
    area: { place: 'Freital', radiusKm: 10 },
    translations: { tr: { title: 'Bahçe işlerinde yardım ediyorum', description: 'Cumartesileri vaktim var ve bahçeyi çok seviyorum.' } },
  };
  const values = offerValues(offer);
  assert.deepEqual(
    [values.translationLang, values.translatedTitle, values.translatedDescription],
    ['tr', offer.translations!.tr!.title, offer.translations!.tr!.description],
  );
});
