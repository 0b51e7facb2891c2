/** Where passkeys work: the RP ID and origins from the environment, and what is refused at start. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../packages/server/src/config.js';

describe('passkey configuration', () => {
  it('defaults to http://localhost:PORT, since browsers refuse passkeys on IP addresses', () => {
    assert.deepEqual(loadConfig({}).passkeys, { rpId: 'localhost', origins: ['http://localhost:8080'] });
    assert.deepEqual(loadConfig({ PORT: '3000', MITMACHEN_PUBLIC_URL: 'http://127.0.0.1:3000' }).passkeys, { rpId: 'localhost', origins: ['http://localhost:3000'] });
  });

  it('follows MITMACHEN_PUBLIC_URL', () => {
    assert.deepEqual(loadConfig({ MITMACHEN_PUBLIC_URL: 'https://engagement.musterstadt.de' }).passkeys, {
      rpId: 'engagement.musterstadt.de',
      origins: ['https://engagement.musterstadt.de'],
    });
  });

  it('takes several origins under one parent domain as RP ID', () => {
    const config = loadConfig({ MITMACHEN_PASSKEY_ORIGINS: 'https://konsole.musterstadt.de, https://engagement.musterstadt.de/', MITMACHEN_PASSKEY_RP_ID: 'Musterstadt.de' });
    assert.deepEqual(config.passkeys, { rpId: 'musterstadt.de', origins: ['https://konsole.musterstadt.de', 'https://engagement.musterstadt.de'] });
  });

  it('refuses an IP address as RP ID, an RP ID the origins do not share, and what is not an origin', () => {
    const refused: Array<[Record<string, string>, RegExp]> = [
      [{ MITMACHEN_PASSKEY_ORIGINS: 'http://127.0.0.1:8080' }, /not an IP address/],
      [{ MITMACHEN_PASSKEY_ORIGINS: 'https://a.example.org', MITMACHEN_PASSKEY_RP_ID: 'example.com' }, /parent domain/],
      [{ MITMACHEN_PASSKEY_ORIGINS: 'https://a.example.org,https://b.example.com', MITMACHEN_PASSKEY_RP_ID: 'example.org' }, /b\.example\.com/],
      [{ MITMACHEN_PASSKEY_ORIGINS: 'https://a.example.org/console/' }, /must be origins/],
      [{ MITMACHEN_PASSKEY_ORIGINS: 'ftp://a.example.org' }, /must be origins/],
      [{ MITMACHEN_PASSKEY_ORIGINS: ' , ' }, /at least one origin/],
      [{ MITMACHEN_PASSKEY_ORIGINS: 'https://xexample.org', MITMACHEN_PASSKEY_RP_ID: 'example.org' }, /parent domain/],
    ];
    for (const [env, message] of refused) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message), JSON.stringify(env));
    }
  });
});
