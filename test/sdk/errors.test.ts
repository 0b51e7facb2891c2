import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, MitmachenError, apiErrorFrom, parseRetryAfter } from '../../packages/sdk/src/errors.js';

describe('ApiError from a response', () => {
  it('parses an RFC 9457 problem and maps each error to its pointer, parameter or header', async () => {
    const body = {
      type: 'https://mitmachen.dev/problems/validation',
      title: 'Your request is not valid',
      status: 422,
      detail: '3 fields are invalid',
      errors: [
        { pointer: '/title', detail: 'must NOT have fewer than 5 characters' },
        { pointer: '/title', detail: 'must not be only spaces' },
        { parameter: 'radiusKm', detail: 'must be <= 500' },
        { header: 'Idempotency-Key', detail: 'must be 8 to 128 characters' },
      ],
    };
    const error = await apiErrorFrom(
      new Response(JSON.stringify(body), { status: 422, headers: { 'content-type': 'application/problem+json' } }),
    );
    assert.ok(error instanceof ApiError && error instanceof MitmachenError);
    assert.equal(error.status, 422);
    assert.equal(error.message, '3 fields are invalid');
    assert.equal(error.problem.type, body.type);
    assert.deepEqual(error.fieldErrors, {
      '/title': 'must NOT have fewer than 5 characters; must not be only spaces',
      radiusKm: 'must be <= 500',
      'Idempotency-Key': 'must be 8 to 128 characters',
    });
    assert.equal(error.retryAfter, undefined);
  });

  it('gives a generic problem for an HTML page from a proxy', async () => {
    const error = await apiErrorFrom(
      new Response('<html><body>502 Bad Gateway</body></html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html', 'retry-after': '7' },
      }),
    );
    assert.equal(error.status, 502);
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
    assert.deepEqual(error.fieldErrors, {});
    assert.equal(error.retryAfter, 7);
  });

  it('takes the status from the status line, not from a body that claims another', async () => {
    const error = await apiErrorFrom(
      new Response(JSON.stringify({ title: 'Oops', status: 200, errors: 'not a list' }), { status: 500 }),
    );
    assert.equal(error.status, 500);
    assert.equal(error.problem.status, 500);
    assert.equal(error.problem.type, 'about:blank');
    assert.equal(error.problem.errors, undefined);
  });

  it('ignores JSON that is not a problem', async () => {
    const error = await apiErrorFrom(new Response('{"message":"rate limited"}', { status: 429 }));
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'HTTP 429', status: 429 });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');

  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('1', now), 1);
    assert.equal(parseRetryAfter(' 120 ', now), 120);
  });

  it('reads an HTTP date as seconds from now, rounded up, never negative', () => {
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now), 0);
  });

  it('has no value for a missing or unreadable header', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('', now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-5', now), undefined);
  });
});
