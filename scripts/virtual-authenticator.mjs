/**
 * A web-test-runner command for the console's passkey tests: Chromium's WebAuthn virtual
 * authenticator (DevTools protocol, WebAuthn.enable + addVirtualAuthenticator) on the test's page,
 * so `navigator.credentials.create/get` answer without a person touching a key.
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   await executeServerCommand('virtual-authenticator', { action: 'add' });     // → { authenticatorId }
 *   await executeServerCommand('virtual-authenticator', { action: 'credentials' }); // → [{ credentialId, … }]
 *   await executeServerCommand('virtual-authenticator', { action: 'remove' });
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function virtualAuthenticator() {
  /** One DevTools session and authenticator per test page. */
  const sessions = new Map();
  return {
    name: 'virtual-authenticator',
    async executeCommand({ command, payload, session }) {
      if (command !== 'virtual-authenticator') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('virtual-authenticator needs the Playwright launcher (Chromium)');
      const action = /** @type {{ action?: string }} */ (payload ?? {}).action;
      let entry = sessions.get(session.id);
      if (action === 'add') {
        if (!entry) {
          const page = session.browser.getPage(session.id);
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('WebAuthn.enable', { enableUI: false });
          entry = { cdp, authenticatorId: undefined };
          sessions.set(session.id, entry);
        }
        if (entry.authenticatorId === undefined) {
          // A platform authenticator with user verification that says yes at once.
          const added = await entry.cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
          });
          entry.authenticatorId = added.authenticatorId;
        }
        return { authenticatorId: entry.authenticatorId };
      }
      if (!entry?.authenticatorId) throw new Error('no virtual authenticator: call it with { action: "add" } first');
      if (action === 'credentials') {
        const { credentials } = await entry.cdp.send('WebAuthn.getCredentials', { authenticatorId: entry.authenticatorId });
        return credentials.map((/** @type {{ credentialId: string; rpId?: string; signCount: number; isResidentCredential: boolean }} */ c) => ({
          credentialId: c.credentialId,
          rpId: c.rpId,
          signCount: c.signCount,
          isResidentCredential: c.isResidentCredential,
        }));
      }
      if (action === 'remove') {
        await entry.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: entry.authenticatorId });
        entry.authenticatorId = undefined;
        return true;
      }
      throw new Error(`virtual-authenticator: unknown action ${String(action)}`);
    },
  };
}
