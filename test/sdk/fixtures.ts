import type { InterestInput, MitmachenClient, OfferInput, OpportunityInput } from '../../packages/sdk/src/index.js';
import { solve } from '../support/altcha.js';

/** A valid posting; `title` makes it findable among the seeded ones. */
export function opportunityInput(title: string): OpportunityInput {
  return {
    title,
    summary: 'Lesen Sie Kindern im Grundschulalter einmal pro Woche vor.',
    description: 'Wir suchen Menschen, die Freude am Vorlesen haben.\n\nDie Vorlesestunde ist mittwochs.',
    organisation: { name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein' },
    contact: { name: 'Anna Beispiel', email: 'anna@example.org', public: true },
    categories: ['bildung', 'kinder-jugend'],
    targetGroups: ['seniors'],
    location: { type: 'onsite', address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' } },
    schedule: { type: 'regular', hoursPerWeek: 1, slots: [{ day: 'we', from: '15:00', to: '16:00' }] },
    minimumAge: 18,
  };
}

export function offerInput(title: string): OfferInput {
  return {
    displayName: 'Gartenfreundin',
    email: 'gartenfreundin@example.com',
    title,
    description: 'Ich habe samstags Zeit und einen grünen Daumen.',
    categories: ['umwelt-naturschutz', 'nachbarschaft'],
    availability: { type: 'regular', hoursPerWeek: 3, days: ['sa'] },
    area: { place: 'Freital', radiusKm: 15 },
  };
}

export const interestInput: InterestInput = {
  name: 'Max Mustermann',
  email: 'max@example.net',
  message: 'Ich hätte mittwochs Zeit und würde gern mitmachen.',
};

export const adminToken = 'sdk-test-admin-token-0123456789';

/** A solved proof of work for one posting, fetched through the SDK as an app would. */
export async function proof(client: MitmachenClient): Promise<{ altcha: string }> {
  return { altcha: await solve(await client.challenge()) };
}
