/**
 * `mitmachen-server staff` and `agency` as a platform's first operator uses them: straight on
 * the database, through the console's own functions, logged; exit 0 done, 1 refused, 2 wrong usage.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliDatabase, run, type CliDatabase } from '../support/cli.js';

let database: CliDatabase;
before(async () => {
  database = await cliDatabase();
  assert.equal((await run(['migrate'], database.env)).code, 0);
});
after(() => database?.close());

describe('mitmachen-server staff and agency', () => {
  it('adds the first operator, an agency with its regions, and a moderator of it', async () => {
    const operator = await run(['staff', 'add', 'koordination@musterstadt.example', '--role', 'operator'], database.env);
    assert.equal(operator.code, 0, operator.stderr);
    assert.match(operator.stdout, /Added koordination@musterstadt\.example as operator/);
    const agency = await run(['agency', 'add', 'Freiwilligenagentur Musterstadt', '--regions', 'meissen,bautzen'], database.env);
    assert.equal(agency.code, 0, agency.stderr);
    const moderator = await run(['staff', 'add', 'redaktion@musterstadt.example', '--role', 'moderator', '--agency', 'Freiwilligenagentur Musterstadt'], database.env);
    assert.equal(moderator.code, 0, moderator.stderr);
    const list = await run(['staff', 'list'], database.env);
    assert.match(list.stdout, /redaktion@musterstadt\.example {2}moderator {2}agency [0-9a-f-]{36}/);
    const agencies = await run(['agency', 'list'], database.env);
    assert.match(agencies.stdout, /Freiwilligenagentur Musterstadt {2}\(bautzen, meissen\)/);
    const db = await database.open();
    try {
      const { rows } = await db.pool.query<{ action: string; address: string }>(`SELECT action, address FROM audit_log ORDER BY id`);
      assert.deepEqual(rows.map((row) => row.action), ['staff-create', 'agency-create', 'staff-create']);
      assert.ok(rows.every((row) => row.address === 'cli'));
    } finally {
      await db.close();
    }
  });

  it('refuses a second account for an address (1), and wrong roles, agencies and regions (2)', async () => {
    assert.equal((await run(['staff', 'add', 'KOORDINATION@musterstadt.example', '--role', 'operator'], database.env)).code, 1);
    assert.equal((await run(['staff', 'add', 'x@musterstadt.example', '--role', 'chef'], database.env)).code, 2);
    assert.equal((await run(['staff', 'add', 'x@musterstadt.example', '--role', 'moderator', '--agency', 'Nirgendwo'], database.env)).code, 2);
    assert.equal((await run(['agency', 'add', 'Irgendwo', '--regions', 'atlantis'], database.env)).code, 2);
    const noAgency = await run(['staff', 'add', 'y@musterstadt.example', '--role', 'moderator'], database.env);
    assert.equal(noAgency.code, 1);
    assert.match(noAgency.stderr, /agencyId/);
  });
});
