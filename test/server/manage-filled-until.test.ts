/**
 * "Filled until a date" through the manage API, with a clock the test moves (never a sleep): a
 * filled listing leaves the search at once and comes back by itself on the day it names (or
 * expires instead, when its end date passed meanwhile); without a date it stays filled; any
 * other action ends the "until". Wrong dates are refused at their field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ManagedListing, OpportunityInput } from '@mitmachen/contract';
import { manageCalls } from '../support/manage-calls.js';
import { contractResponse, problemResponse, sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { daysLater, serviceDay } from '../support/service-days.js';

let clock = Date.now();
/** On by whole Saxon days, as the server counts "filled until". */
const advance = (days: number) => (clock = daysLater(clock, days));
/** The Saxon day `offset` days after the clock's. */
const day = (offset: number) => serviceDay(offset, clock);

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken, clock: () => new Date(clock) });
});
after(() => server?.close());

const { approvedWithLink, act, read } = manageCalls(() => server);
/** Posts and approves a listing, and takes a manage link as staff would reissue it. */
const listing = async (input: OpportunityInput) => (await approvedWithLink('opportunity', input)).token;
const found = async (word: string) => ((await (await fetch(`${server.baseUrl}/opportunities?q=${encodeURIComponent(word)}`)).json()) as { total: number }).total;

describe('filled until a date', () => {
  it('leaves the search at once and comes back by itself on the day named, not a day before', async () => {
    clock = Date.now();
    const word = 'Kürbisschnitzen';
    const token = await listing(sampleOpportunityInput({ title: `${word} im Hort`, expiresAt: day(200) }));
    assert.equal(await found(word), 1);
    const filled = await contractResponse<ManagedListing>('actOnManagedListing', await act(token, { action: 'fill', filledUntil: day(10) }));
    assert.equal(filled.state, 'filled');
    assert.equal(filled.filledUntil, day(10));
    assert.equal(await found(word), 0, 'gone from search at once');

    advance(9);
    assert.equal((await server.lifecycle.run()).refilled, 0);
    assert.equal((await read(token)).state, 'filled', 'the day before: still filled');
    advance(1);
    assert.equal((await server.lifecycle.run()).refilled, 1);
    const back = await read(token);
    assert.equal(back.state, 'published');
    assert.equal(back.filledUntil, undefined);
    assert.equal(await found(word), 1, 'found again');
    assert.equal((await server.lifecycle.run()).refilled, 0, 'once');
  });

  it('comes back expired when its end date passed while it was filled', async () => {
    clock = Date.now();
    const token = await listing(sampleOpportunityInput({ title: 'Laternenumzug vorbereiten', expiresAt: day(5) }));
    await contractResponse('actOnManagedListing', await act(token, { action: 'fill', filledUntil: day(8) }));
    advance(8);
    await server.lifecycle.run();
    assert.equal((await read(token)).state, 'expired');
  });

  it('stays filled without a date; resuming or filling for good ends an “until”', async () => {
    clock = Date.now();
    const forGood = await listing(sampleOpportunityInput({ title: 'Vorlesen im Seniorenheim', expiresAt: day(300) }));
    await contractResponse('actOnManagedListing', await act(forGood, { action: 'fill' }));
    const resumed = await listing(sampleOpportunityInput({ title: 'Fahrräder reparieren', expiresAt: day(300) }));
    await contractResponse('actOnManagedListing', await act(resumed, { action: 'fill', filledUntil: day(20) }));
    await contractResponse('actOnManagedListing', await act(resumed, { action: 'resume' }));
    await contractResponse('actOnManagedListing', await act(resumed, { action: 'fill' }));
    assert.equal((await read(resumed)).filledUntil, undefined);
    advance(30);
    await server.lifecycle.run();
    assert.equal((await read(forGood)).state, 'filled');
    assert.equal((await read(resumed)).state, 'filled', 'the earlier date no longer counts');
  });

  it('refuses a day that is not ahead, more than a year ahead, or with another action, at /filledUntil', async () => {
    clock = Date.now();
    const token = await listing(sampleOpportunityInput({ title: 'Chorprobe begleiten', expiresAt: day(100) }));
    for (const body of [
      { action: 'fill', filledUntil: day(0) },
      { action: 'fill', filledUntil: day(366) },
      { action: 'pause', filledUntil: day(5) },
    ]) {
      const problem = await problemResponse(await act(token, body), 422);
      assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/filledUntil'], JSON.stringify(body));
    }
    assert.equal((await read(token)).state, 'published', 'nothing changed');
  });
});
