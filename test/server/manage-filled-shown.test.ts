/**
 * "Show as besetzt for a while" through the manage API, with a clock the test moves (never a
 * sleep): a listing marked filled with `showFilledUntil` stays in the search, flagged filled,
 * its detail says so and contact requests are refused with 409; the day after that day the
 * lifecycle runner takes it out of the search (a recorded change, so the in-memory index drops
 * it too; run this file with MITMACHEN_SEARCH_ENGINE=sql for the SQL search). Wrong days are
 * refused at /showFilledUntil.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  ManagedListing,
  OfferSearchResult,
  Opportunity,
  OpportunitySearchResult,
  QueueItemDetail,
} from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { manageCalls } from '../support/manage-calls.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';
import { daysLater, serviceDay } from '../support/service-days.js';

let clock = Date.now();
/** On by whole Saxon days, as the server counts "shown as filled until". */
const advance = (days: number) => (clock = daysLater(clock, days));
/** The Saxon day `offset` days after the clock's. */
const day = (offset: number) => serviceDay(offset, clock);

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken, clock: () => new Date(clock) });
});
after(() => server?.close());

const { admin, approvedWithLink, act, read } = manageCalls(() => server);
const search = async (word: string) =>
  contractResponse<OpportunitySearchResult>('searchOpportunities', await fetch(`${server.baseUrl}/opportunities?q=${encodeURIComponent(word)}`));

describe('filled, shown as "besetzt" for a while', () => {
  it('stays found and flagged through the day picked, refuses contact, and leaves the search the day after', async () => {
    clock = Date.now();
    const word = 'Apfelernte';
    const { id, token } = await approvedWithLink('opportunity', sampleOpportunityInput({ title: `${word} auf der Streuobstwiese`, expiresAt: day(200) }));
    const filled = await contractResponse<ManagedListing>('actOnManagedListing', await act(token, { action: 'fill', showFilledUntil: day(5) }));
    assert.equal(filled.state, 'filled');
    assert.equal(filled.showFilledUntil, day(5));
    const staffView = await contractResponse<QueueItemDetail>('getQueueItem', await fetch(`${server.baseUrl}/console/items/opportunity/${id}`, { headers: admin }));
    assert.equal(staffView.status, 'filled');
    assert.equal(staffView.showFilledUntil, day(5), 'the console sees the day too');
    assert.equal(staffView.filledUntil, undefined, 'filled for good: no "until" day');

    const found = await search(word);
    assert.equal(found.total, 1, 'still found');
    assert.equal(found.items[0]?.filled, true, 'flagged filled');
    const detail = await contractResponse<Opportunity>('getOpportunity', await fetch(`${server.baseUrl}/opportunities/${id}`));
    assert.equal(detail.status, 'filled');
    assert.equal(detail.filled, true);

    const refused = await problemResponse(await postJson(server.baseUrl, `/opportunities/${id}/interests`, sampleInterestInput()), 409);
    assert.match(refused.type ?? '', /listing-filled$/);
    assert.equal((await read(token)).contactCount, 0, 'nothing stored');

    advance(5);
    assert.equal((await server.lifecycle.run()).unshown, 0, 'its last day: still shown');
    assert.equal((await search(word)).total, 1);
    advance(1);
    assert.equal((await server.lifecycle.run()).unshown, 1);
    assert.equal((await search(word)).total, 0, 'gone from search');
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${id}`)).status, 404);
    const after = await read(token);
    assert.equal(after.state, 'filled');
    assert.equal(after.showFilledUntil, undefined);
    const staffAfter = await contractResponse<QueueItemDetail>('getQueueItem', await fetch(`${server.baseUrl}/console/items/opportunity/${id}`, { headers: admin }));
    assert.equal(staffAfter.showFilledUntil, undefined, 'the console no longer shows the passed day');
    assert.equal((await server.lifecycle.run()).unshown, 0, 'once');
  });

  it('a filled listing without the option leaves the search at once, as before; resuming ends "shown as filled"', async () => {
    clock = Date.now();
    const plain = await approvedWithLink('opportunity', sampleOpportunityInput({ title: 'Zeltlager Küchendienst', expiresAt: day(100) }));
    await contractResponse('actOnManagedListing', await act(plain.token, { action: 'fill' }));
    assert.equal((await search('Zeltlager')).total, 0);

    const resumed = await approvedWithLink('opportunity', sampleOpportunityInput({ title: 'Bienenstöcke betreuen', expiresAt: day(100) }));
    await contractResponse('actOnManagedListing', await act(resumed.token, { action: 'fill', showFilledUntil: day(20) }));
    const back = await contractResponse<ManagedListing>('actOnManagedListing', await act(resumed.token, { action: 'resume' }));
    assert.equal(back.showFilledUntil, undefined);
    const card = (await search('Bienenstöcke')).items[0];
    assert.equal(card?.filled, undefined, 'published again, no flag');
    assert.equal((await postJson(server.baseUrl, `/opportunities/${resumed.id}/interests`, sampleInterestInput())).status, 202);
  });

  it('works for offers too: flagged in the offer search, a message to the volunteer refused', async () => {
    clock = Date.now();
    const { id, token } = await approvedWithLink('offer', sampleOfferInput({ title: 'Ich helfe beim Gartenumgraben' }));
    await contractResponse('actOnManagedListing', await act(token, { action: 'fill', showFilledUntil: day(3) }));
    const offers = await contractResponse<OfferSearchResult>('searchOffers', await fetch(`${server.baseUrl}/offers?q=Gartenumgraben`));
    assert.equal(offers.total, 1);
    assert.equal(offers.items[0]?.filled, true);
    const refused = await problemResponse(await postJson(server.baseUrl, `/offers/${id}/interests`, sampleInterestInput()), 409);
    assert.match(refused.type ?? '', /listing-filled$/);
    advance(4);
    assert.equal((await server.lifecycle.run()).unshown, 1);
    const gone = await contractResponse<OfferSearchResult>('searchOffers', await fetch(`${server.baseUrl}/offers?q=Gartenumgraben`));
    assert.equal(gone.total, 0);
  });

  it('refuses a day not ahead, more than 30 days ahead, not before "filled until", or with another action, at /showFilledUntil', async () => {
    clock = Date.now();
    const { id, token } = await approvedWithLink('opportunity', sampleOpportunityInput({ title: 'Kinderfest aufbauen', expiresAt: day(100) }));
    for (const body of [
      { action: 'fill', showFilledUntil: day(0) },
      { action: 'fill', showFilledUntil: day(31) },
      { action: 'fill', filledUntil: day(10), showFilledUntil: day(10) },
      { action: 'pause', showFilledUntil: day(5) },
    ]) {
      const problem = await problemResponse(await act(token, body), 422);
      assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/showFilledUntil'], JSON.stringify(body));
    }
    assert.equal((await read(token)).state, 'published', 'nothing changed');
    const ok = await contractResponse<ManagedListing>('actOnManagedListing', await act(token, { action: 'fill', filledUntil: day(40), showFilledUntil: day(30) }));
    assert.equal(ok.showFilledUntil, day(30));
    assert.equal(ok.filledUntil, day(40));
    const staffView = await contractResponse<QueueItemDetail>('getQueueItem', await fetch(`${server.baseUrl}/console/items/opportunity/${id}`, { headers: admin }));
    assert.deepEqual([staffView.filledUntil, staffView.showFilledUntil], [day(40), day(30)], 'the console sees both days');
  });
});
