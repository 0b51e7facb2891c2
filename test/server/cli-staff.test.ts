/**
 * `mitmachen-server staff` and `agency` as a platform's first operator uses them: straight on
 * the database, through the console's own functions, logged; exit 0 done, 1 refused, 2 wrong usage.
 * `run` starts the command once for each exit code, `call` runs its code in this process for the
 * rest (test/support/cli.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliDatabase, type CliDatabase } from '../support/cli.js';

let database: CliDatabase;
before(async () => {
  database = await cliDatabase({ held: true });
  assert.equal((await database.call(['migrate'])).code, 0);
});
after(() => database?.close());

describe('mitmachen-server staff and agency', () => {
  it('adds the first operator, an agency with its regions, and a moderator of it', async () => {
    const operator = await database.run(['staff', 'add', 'koordination@musterstadt.example', '--role', 'operator']);
    assert.equal(operator.code, 0, operator.stderr);
    assert.match(operator.stdout, /Added koordination@musterstadt\.example as operator/);
    const agency = await database.call(['agency', 'add', 'Freiwilligenagentur Musterstadt', '--regions', 'meissen,bautzen']);
    assert.equal(agency.code, 0, agency.stderr);
    const moderator = await database.call(['staff', 'add', 'redaktion@musterstadt.example', '--role', 'moderator', '--agency', 'Freiwilligenagentur Musterstadt']);
    assert.equal(moderator.code, 0, moderator.stderr);
    const list = await database.call(['staff', 'list']);
    assert.match(list.stdout, /redaktion@musterstadt\.example {2}moderator {2}agency [0-9a-f-]{36}/);
    const agencies = await database.call(['agency', 'list']);
    assert.match(agencies.stdout, /Freiwilligenagentur Musterstadt {2}\(bautzen, meissen\)/);
    const { rows } = await (await database.db()).pool.query<{ action: string; address: string }>(`SELECT action, address FROM audit_log ORDER BY id`);
    assert.deepEqual(rows.map((row) => row.action), ['staff-create', 'agency-create', 'staff-create']);
    assert.ok(rows.every((row) => row.address === 'cli'));
  });

  it('refuses a second account for an address (1), and wrong roles, agencies and regions (2)', async () => {
    assert.equal((await database.run(['staff', 'add', 'KOORDINATION@musterstadt.example', '--role', 'operator'])).code, 1);
    assert.equal((await database.run(['staff', 'add', 'x@musterstadt.example', '--role', 'chef'])).code, 2);
    assert.equal((await database.call(['staff', 'add', 'x@musterstadt.example', '--role', 'moderator', '--agency', 'Nirgendwo'])).code, 2);
    assert.equal((await database.call(['agency', 'add', 'Irgendwo', '--regions', 'atlantis'])).code, 2);
    const noAgency = await database.call(['staff', 'add', 'y@musterstadt.example', '--role', 'moderator']);
    assert.equal(noAgency.code, 1);
    assert.match(noAgency.stderr, /agencyId/);
  });
});
