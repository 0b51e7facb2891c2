/**
 * Configuration from the environment: safe defaults for a local start, and a clear error naming
 * the variable for every wrong value.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, limits, loadConfig } from '../../packages/server/src/config.js';

describe('loadConfig', () => {
  it('starts locally without any variable: loopback:8080, PGlite in .data/pglite, demo data, open CORS, no moderation', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, resolve('.data/pglite'));
    assert.equal(config.adminToken, undefined);
    assert.equal(config.allowedOrigins, '*');
    assert.deepEqual(config.seed, { opportunities: 3000, offers: 300 });
    assert.equal(config.logLevel, 'info');
    assert.equal(config.bodyLimitBytes, 64 * 1024);
    assert.equal(limits.bodyBytes, 64 * 1024);
    assert.deepEqual(config.altcha, { hmacKey: undefined, maxNumber: 50_000 });
    assert.deepEqual(config.mail, { smtpUrl: undefined, from: '"mitmachen" <noreply@localhost>' });
    assert.equal(config.retentionDays, 180);
    assert.equal(config.databaseWaitSeconds, 60);
    assert.equal(config.searchSnapshot, undefined);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://mitmachen:secret@db.example:5432/mitmachen',
      MITMACHEN_DATA_DIR: 'memory://',
      MITMACHEN_ADMIN_TOKEN: 'a-very-long-admin-token',
      MITMACHEN_ALLOWED_ORIGINS: 'https://www.pirna.de, https://freital.de:8443',
      MITMACHEN_SEED: '0',
      MITMACHEN_SEED_OFFERS: '7',
      LOG_LEVEL: 'WARN',
      MITMACHEN_ALTCHA_HMAC_KEY: 'k'.repeat(32),
      MITMACHEN_ALTCHA_MAX_NUMBER: '200000',
      SMTP_URL: 'smtps://mitmachen:secret@mail.example.org:465',
      MITMACHEN_MAIL_FROM: '"Engagement Pirna" <engagement@pirna.example>',
      MITMACHEN_RETENTION_DAYS: '90',
      MITMACHEN_DATABASE_WAIT_SECONDS: '0',
      MITMACHEN_SEARCH_SNAPSHOT: '/var/lib/mitmachen/search.snapshot',
    });
    assert.equal(config.port, 0);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.databaseUrl, 'postgres://mitmachen:secret@db.example:5432/mitmachen');
    assert.equal(config.dataDir, 'memory://');
    assert.equal(config.adminToken, 'a-very-long-admin-token');
    assert.deepEqual(config.allowedOrigins, ['https://www.pirna.de', 'https://freital.de:8443']);
    assert.deepEqual(config.seed, { opportunities: 0, offers: 7 });
    assert.equal(config.logLevel, 'warn');
    assert.deepEqual(config.altcha, { hmacKey: 'k'.repeat(32), maxNumber: 200_000 });
    assert.deepEqual(config.mail, { smtpUrl: 'smtps://mitmachen:secret@mail.example.org:465', from: '"Engagement Pirna" <engagement@pirna.example>' });
    assert.equal(config.retentionDays, 90);
    assert.equal(config.databaseWaitSeconds, 0);
    assert.equal(config.searchSnapshot, '/var/lib/mitmachen/search.snapshot');
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', MITMACHEN_ADMIN_TOKEN: '  ', DATABASE_URL: '' });
    assert.equal(config.port, 8080);
    assert.equal(config.adminToken, undefined);
    assert.equal(config.databaseUrl, undefined);
  });

  it('derives the offers from the opportunities unless given', () => {
    assert.deepEqual(loadConfig({ MITMACHEN_SEED: '500' }).seed, { opportunities: 500, offers: 50 });
  });

  const wrong: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'http' }, /PORT must be a whole number from 0 to 65535/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['a negative seed', { MITMACHEN_SEED: '-5' }, /MITMACHEN_SEED must be a whole number/],
    ['a database URL of another scheme', { DATABASE_URL: 'mysql://user:pw@host/db' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/, not mysql:\/\//],
    ['a database URL that is no URL', { DATABASE_URL: '/var/run/postgresql' }, /DATABASE_URL must be a URL/],
    ['a data folder that is a URL', { MITMACHEN_DATA_DIR: 'idb://x' }, /MITMACHEN_DATA_DIR/],
    ['a short admin token', { MITMACHEN_ADMIN_TOKEN: 'secret' }, /MITMACHEN_ADMIN_TOKEN must be at least 16 characters/],
    ['an origin with a path', { MITMACHEN_ALLOWED_ORIGINS: 'https://www.pirna.de/engagement' }, /must be an origin only/],
    ['an origin that is no URL', { MITMACHEN_ALLOWED_ORIGINS: 'pirna.de' }, /"pirna.de" is not an origin/],
    ['an empty origin list', { MITMACHEN_ALLOWED_ORIGINS: ' , ' }, /MITMACHEN_ALLOWED_ORIGINS must be \*/],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
    ['a short proof-of-work key', { MITMACHEN_ALTCHA_HMAC_KEY: 'short' }, /MITMACHEN_ALTCHA_HMAC_KEY must be at least 32 characters/],
    ['a proof of work too easy to mean anything', { MITMACHEN_ALTCHA_MAX_NUMBER: '5' }, /MITMACHEN_ALTCHA_MAX_NUMBER must be a whole number from 10/],
    ['an SMTP URL of another scheme', { SMTP_URL: 'https://mail.example.org' }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\/, not https:\/\//],
    ['a sender that is no address', { MITMACHEN_MAIL_FROM: 'mitmachen' }, /MITMACHEN_MAIL_FROM must be an address/],
    ['a database wait that is no number', { MITMACHEN_DATABASE_WAIT_SECONDS: 'a while' }, /MITMACHEN_DATABASE_WAIT_SECONDS must be a whole number from 0 to 3600/],
    ['a search snapshot that is a folder', { MITMACHEN_SEARCH_SNAPSHOT: '/var/lib/mitmachen/' }, /MITMACHEN_SEARCH_SNAPSHOT must be a file path/],
    ['a retention of zero days', { MITMACHEN_RETENTION_DAYS: '0' }, /MITMACHEN_RETENTION_DAYS must be a whole number from 1/],
  ];
  for (const [what, env, message] of wrong) {
    it(`rejects ${what}, naming the variable`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }

  it('never repeats a database or SMTP password in its error', () => {
    for (const env of [{ DATABASE_URL: 'mysql://user:hunter2@host/db' }, { SMTP_URL: 'imap://user:hunter2@host' }]) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof Error && !error.message.includes('hunter2'));
    }
  });
});
