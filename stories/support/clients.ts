import type { FacetValue, Opportunity, OpportunityListItem, OpportunitySearchResult } from '@mitmachen/contract';
import { createClient, type MitmachenClient } from '@mitmachen/sdk';
import { createChallenge } from 'altcha-lib/v1';
import { opportunity, taxonomy } from './fixtures.js';

/*
 * SDK clients for the stories. Their `fetch` answers from the story's own data, so the elements
 * show every state without a server: a designer's fixture, not a stand-in for the API in tests
 * (those run against the real server).
 */

/** Never contacted: the clients below answer every request themselves. */
const BASE_URL = 'https://api.mitmachen.invalid/v1';
/** The API's largest page (see the contract's pageSize). */
const MAX_PAGE_SIZE = 50;

function json(body: unknown, status = 200): Response {
  const type = status < 400 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, title: string): Response {
  return json({ type: 'about:blank', title, status }, status);
}

function countBy(items: readonly OpportunityListItem[], values: (item: OpportunityListItem) => readonly string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of values(item)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** One page of `items` as the API would answer it; filters are not applied (every page is the same set). */
function searchResult(items: readonly OpportunityListItem[], params: URLSearchParams): OpportunitySearchResult {
  const pageSize = Math.min(Math.max(Number(params.get('pageSize') ?? 12) || 12, 1), MAX_PAGE_SIZE);
  const page = Math.max(Number(params.get('page') ?? 1) || 1, 1);
  const names = new Map(items.map((item) => [item.organisation.id, item.organisation.name]));
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    total: items.length,
    page,
    pageSize,
    facets: {
      category: countBy(items, (item) => item.categories),
      suits: countBy(items, (item) => item.targetGroups),
      schedule: countBy(items, (item) => [item.schedule.type]),
      locationType: countBy(items, (item) => [item.location.type]),
      region: countBy(items, (item) => (item.location.region === undefined ? [] : [item.location.region])),
      organisation: countBy(items, (item) => [item.organisation.id])
        .slice(0, 20)
        .map((facet) => ({ ...facet, label: names.get(facet.value) ?? facet.value })),
    },
  };
}

/** A client whose API holds `items` (search results) and answers details for them. */
export function fixtureClient(items: readonly OpportunityListItem[], details: readonly Opportunity[] = []): MitmachenClient {
  const respond = (url: URL): Response => {
    const path = url.pathname.slice(new URL(BASE_URL).pathname.length);
    if (path === '/taxonomy') return json(taxonomy);
    if (path === '/places') return json({ items: [] });
    if (path === '/opportunities') return json(searchResult(items, url.searchParams));
    const id = /^\/opportunities\/([^/]+)$/.exec(path)?.[1];
    const found = details.find((detail) => detail.id === id) ?? items.find((item) => item.id === id);
    if (found !== undefined) return json({ ...opportunity(), ...found });
    return problem(404, 'Not Found');
  };
  return createClient({
    baseUrl: BASE_URL,
    retry: 0,
    fetch: async (input) => respond(new URL(input instanceof Request ? input.url : String(input))),
  });
}

/** A client whose requests never settle (until the element aborts them): the loading state. */
export function pendingClient(): MitmachenClient {
  return createClient({
    baseUrl: BASE_URL,
    retry: 0,
    timeout: false,
    fetch: (input, init) =>
      new Promise<Response>((_, reject) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      }),
  });
}

/** A client whose API is away (`network`) or answers every request with `status`: the error states. */
export function failingClient(failure: 'network' | number): MitmachenClient {
  return createClient({
    baseUrl: BASE_URL,
    retry: 0,
    fetch: async () => {
      if (failure === 'network') throw new TypeError('Failed to fetch');
      return problem(failure, failure === 503 ? 'Service Unavailable' : 'Error');
    },
  });
}

/** What a story's API does with a posting: accept it, never answer, or be unreachable. */
export type PostingOutcome = 'accept' | 'pending' | 'network';

/**
 * A client for the posting forms' stories: taxonomy and proof-of-work challenges (tiny ones,
 * made here with altcha-lib's own `createChallenge`) as the API gives them, and postings
 * answered as `outcome` says.
 */
export function postingClient(outcome: PostingOutcome): MitmachenClient {
  return createClient({
    baseUrl: BASE_URL,
    retry: 0,
    timeout: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname.slice(new URL(BASE_URL).pathname.length);
      if (path === '/taxonomy') return json(taxonomy);
      if (path === '/challenge') return json(await createChallenge({ hmacKey: 'story', maxnumber: 50 }));
      if (request.method !== 'POST') return problem(404, 'Not Found');
      if (outcome === 'network') throw new TypeError('Failed to fetch');
      if (outcome === 'pending') {
        return new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
        });
      }
      return json({ id: '5d0c7a9e-2f4b-4c1d-9a3e-7b6f8e1d2c30', status: 'pending' }, 202);
    },
  });
}
