/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { createChallenge } from 'altcha-lib/v1';
import { ProofOfWork } from '../../../packages/elements/src/forms/proof-of-work.js';
import { MINIMUM_FILL_MS } from '../../../packages/elements/src/forms/submission.js';
import '../../../packages/elements/src/interest-form/define.js';
import type { MitmachenInterestForm } from '../../../packages/elements/src/interest-form/interest-form.js';
import { apiBase, clearDrafts, fillInterest, outcome, root, submitButton, submittedEvents } from './helpers.js';

/*
 * Spam protection without tracking, seen through the interest form (the three forms share it):
 * the honeypot, the minimum fill time, and the ALTCHA proof-of-work against the real server.
 */

interface Seen {
  method: string;
  path: string;
  at: number;
  altcha: string | null;
}

/** A client to the real server that notes every request; `rewrite` may change a POST's Altcha header. */
function watchingClient(rewrite?: (altcha: string | null, index: number) => string | null) {
  const seen: Seen[] = [];
  let postIndex = 0;
  const client = createClient({
    baseUrl: apiBase,
    retry: 0,
    fetch: async (input, init) => {
      let request = new Request(input, init);
      if (request.method === 'POST' && rewrite !== undefined) {
        const headers = new Headers(request.headers);
        const altcha = rewrite(headers.get('altcha'), postIndex++);
        if (altcha === null) headers.delete('altcha');
        else headers.set('altcha', altcha);
        request = new Request(request, { headers });
      }
      seen.push({ method: request.method, path: new URL(request.url).pathname, at: performance.now(), altcha: request.headers.get('altcha') });
      return fetch(request);
    },
  });
  return { client, seen };
}

async function interestForm(client: ReturnType<typeof createClient>): Promise<MitmachenInterestForm> {
  const { items } = await createClient({ baseUrl: apiBase }).opportunities.search({ pageSize: 1 });
  const form = await fixture<MitmachenInterestForm>(
    html`<mitmachen-interest-form opportunity-id=${items[0]!.id} api-base=${apiBase} privacy-url="/datenschutz" .client=${client}></mitmachen-interest-form>`,
  );
  return form;
}

describe('spam protection of the forms', function () {
  this.timeout(0);
  beforeEach(clearDrafts);

  it('answers a filled honeypot with the confirmation, and sends nothing', async () => {
    const { client, seen } = watchingClient();
    const form = await interestForm(client);
    const honeypot = root(form).querySelector<HTMLInputElement>('.honeypot input')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.to.equal(null);
    await fillInterest(form);
    honeypot.value = 'https://spam.example';
    honeypot.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const events = submittedEvents(form);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(seen.filter((request) => request.method === 'POST')).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('fetches a challenge at the first touch and sends the solved proof-of-work, no sooner than the minimum fill time', async () => {
    const { client, seen } = watchingClient();
    const form = await interestForm(client);
    expect(seen.filter((request) => request.path.endsWith('/challenge')), 'nothing before the user touches the form').to.deep.equal([]);
    const touched = performance.now();
    await fillInterest(form);
    expect(seen.filter((request) => request.path.endsWith('/challenge')).length).to.equal(1);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    const [post] = seen.filter((request) => request.method === 'POST');
    expect(post!.at - touched).to.be.at.least(MINIMUM_FILL_MS);
    const payload = JSON.parse(atob(post!.altcha!)) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).to.deep.equal(['algorithm', 'challenge', 'number', 'salt', 'signature']);
    expect(payload['number']).to.be.a('number');
  });

  it('solves a new challenge and sends again when the server refuses the proof-of-work', async () => {
    // The first POST goes out with a broken solution, as one that expired would be refused.
    const { client, seen } = watchingClient((altcha, index) => (index === 0 ? btoa('{"number":1}') : altcha));
    const form = await interestForm(client);
    await fillInterest(form);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    const posts = seen.filter((request) => request.method === 'POST');
    expect(posts.length).to.equal(2);
    expect(seen.filter((request) => request.path.endsWith('/challenge')).length, 'a second challenge').to.equal(2);
  });

  it('solves in the background: the page keeps running while the proof-of-work is found', async () => {
    // A challenge a hundred times harder than the test server's, made with altcha-lib itself.
    const challenge = await createChallenge({ hmacKey: 'test', maxnumber: 200_000, number: 150_000 });
    const local = createClient({
      baseUrl: 'https://api.mitmachen.invalid/v1',
      fetch: async () => new Response(JSON.stringify(challenge), { headers: { 'content-type': 'application/json' } }),
    });
    const pow = new ProofOfWork();
    let solved = false;
    const solution = pow.solution(local).then((payload) => {
      solved = true;
      return payload;
    });
    let ticks = 0;
    while (!solved) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      ticks++;
    }
    expect(JSON.parse(atob(await solution))).to.include({ number: 150_000 });
    // Blocking solvers let no timer run until they finish; this one yields at every digest.
    expect(ticks).to.be.greaterThan(50);
  });
});
