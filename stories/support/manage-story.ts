import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import { createClient, type ManagedListing, type MitmachenClient } from '@mitmachen/sdk';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { taxonomy } from './fixtures.js';
import { globalsOf } from './story.js';

/*
 * The manage page's stories: a story client answers the manage calls from one listing (a
 * designer's fixture; the element's tests run against the real server), and each story is
 * driven to its state the way an author gets there: clicking, typing a date, saving.
 */

const BASE_URL = 'https://manage.story.invalid/v1';

function json(body: unknown, status = 200): Response {
  const type = status < 400 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  });
}

export const storyOpportunity: OpportunityInput = {
  title: 'Vorlesepatin oder Vorlesepate in der Stadtbibliothek',
  summary: 'Lesen Sie Kindern einmal pro Woche eine Stunde vor.',
  description: 'Wir suchen Menschen, die Freude am Vorlesen haben und Kindern zwischen vier und acht Jahren Geschichten näherbringen.',
  tasks: ['Bücher aussuchen', 'Vorlesen'],
  organisation: {
    name: 'Förderverein Stadtbibliothek Meißen e. V.',
    type: 'verein',
  },
  contact: { name: 'Anna Beispiel', email: 'anna@example.org', public: false },
  categories: ['bildung'],
  location: {
    type: 'onsite',
    address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' },
  },
  schedule: {
    type: 'regular',
    hoursPerWeek: 1.5,
    slots: [{ day: 'we', from: '15:00', to: '16:30' }],
  },
  expiresAt: '2027-03-31',
};

export const storyOffer: OfferInput = {
  displayName: 'Jana',
  email: 'jana@example.net',
  title: 'Ich helfe bei Bewerbungen und Formularen',
  description: 'Ich bin Verwaltungsfachfrau im Ruhestand und helfe gern beim Ausfüllen von Anträgen.',
  categories: ['soziales'],
  availability: { type: 'regular', hoursPerWeek: 2, days: ['mo', 'th'] },
  area: { place: 'Pirna', radiusKm: 10 },
};

export function storyListing(overrides: Partial<ManagedListing> = {}): ManagedListing {
  return {
    kind: 'opportunity',
    id: '7a1c9e2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d',
    title: storyOpportunity.title,
    state: 'published',
    actions: ['extend', 'pause', 'fill', 'withdraw'],
    editable: true,
    contactCount: 3,
    expiresAt: '2027-03-31',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-20T14:30:00Z',
    opportunity: storyOpportunity,
    ...overrides,
  };
}

/** What the story's API does: answer with the listing, refuse the link, never answer, or be away (for everything, or for changes only). */
export type ManageOutcome = 'answer' | 'bad-link' | 'pending' | 'network' | 'network-on-change';

/** Applies an action to the story's listing as the server would (roughly: the story shows the page, not the rules). */
function after(listing: ManagedListing, action: string, expiresAt: string | undefined): ManagedListing {
  const states: Record<string, ManagedListing['state']> = {
    pause: 'paused',
    resume: 'published',
    fill: 'filled',
    withdraw: 'withdrawn',
    extend: 'published',
    renew: 'published',
    confirm: 'published',
  };
  const state = states[action] ?? listing.state;
  const actions: ManagedListing['actions'] =
    state === 'paused'
      ? ['resume', 'fill', 'withdraw']
      : state === 'published'
      ? ['extend', 'pause', 'fill', 'withdraw']
      : state === 'filled'
      ? ['withdraw']
      : [];
  return {
    ...listing,
    state,
    actions,
    editable: state !== 'withdrawn',
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
}

export function manageClient(listing: ManagedListing, outcome: ManageOutcome): MitmachenClient {
  let current = listing;
  return createClient({
    baseUrl: BASE_URL,
    retry: 0,
    timeout: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname.slice(new URL(BASE_URL).pathname.length);
      if (path === '/taxonomy') return json(taxonomy);
      if (outcome === 'pending') {
        return new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
        });
      }
      if (outcome === 'network' || (outcome === 'network-on-change' && request.method === 'POST')) throw new TypeError('Failed to fetch');
      if (path === '/manage/resend') return json({ status: 'accepted' }, 202);
      if (outcome === 'bad-link')
        return json(
          {
            type: 'https://mitmachen.example/problems/manage-link-invalid',
            title: 'Manage link not valid',
            status: 401,
          },
          401
        );
      if (path === '/manage' && request.method === 'GET') return json(current);
      if (path === '/manage/actions') {
        const body = (await request.json()) as {
          action: string;
          expiresAt?: string;
        };
        current = after(current, body.action, body.expiresAt);
        return json(current);
      }
      if (path === '/manage/opportunity' || path === '/manage/offer') return json({ ...current, state: 'pending', actions: ['withdraw'] });
      return json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);
    },
  });
}

/** What the story does once the page has loaded: nothing, or what an author would do. */
export type Step = (root: ShadowRoot) => Promise<void> | void;

const driven = new WeakSet<Element>();

interface ManageElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function drive(element: ManageElement, steps: readonly Step[], waitFor: string | undefined): Promise<void> {
  await element.updateComplete;
  const root = element.shadowRoot!;
  if (waitFor !== undefined) await until(() => root.querySelector(waitFor) !== null);
  for (const step of steps) {
    await step(root);
    await element.updateComplete;
  }
  element.dataset['storyReady'] = '';
}

/** Clicks the button with `id` in the page, then waits for `selector` to show. */
export const click =
  (id: string, selector?: string): Step =>
  async (root) => {
    root.querySelector<HTMLButtonElement>(`#${id}`)!.click();
    if (selector !== undefined) await until(() => root.querySelector(selector) !== null);
  };

/**
 * One manage story: `<mitmachen-manage>` with a story client and a token, driven by `steps` once
 * `waitFor` shows (the loaded listing, by default). It marks itself `data-story-ready` when there.
 */
export function manageStory(
  context: { globals?: Record<string, unknown> },
  {
    listing = storyListing(),
    outcome = 'answer',
    token = 'story-token',
    steps = [],
    waitFor = '#listing-title',
  }: {
    listing?: ManagedListing;
    outcome?: ManageOutcome;
    token?: string;
    steps?: Step[];
    waitFor?: string | undefined;
  }
): TemplateResult {
  const { theme } = globalsOf(context);
  const client = manageClient(listing, outcome);
  const onElement = (element: Element | undefined) => {
    if (element === undefined || driven.has(element)) return;
    driven.add(element);
    void drive(element as ManageElement, steps, waitFor);
  };
  // Each story has drafts of its own (the edit form's), under its own base.
  const base = `https://${listing.id}.${outcome}.story.invalid/v1`;
  return html`<mitmachen-manage ${ref(onElement)} api-base=${base} .client=${client} token=${token} theme=${theme}></mitmachen-manage>`;
}
