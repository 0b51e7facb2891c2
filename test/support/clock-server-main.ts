/**
 * A second reference server for browser tests that need to move time (scripts/clock-server.mjs
 * starts it): the real server on a fresh database whose lifecycle clock this process owns. It
 * reads one JSON command per line on stdin and answers one line on stdout:
 *
 *   { "id": 1, "action": "advance", "days": 3 }  → { "id": 1, "result": { now, summary } }
 *
 * `advance` moves the clock and runs one lifecycle pass at the new time (what the periodic
 * runner does in production), so a test sees what the server does on that day, without sleeping.
 */
import { createInterface } from 'node:readline';
import { startTestServer } from './server.js';
import { daysLater } from './service-days.js';

const adminToken = process.env.MITMACHEN_CLOCK_ADMIN_TOKEN ?? 'clock-server-admin-token-0123';
let now = Date.now();

const server = await startTestServer({
  seed: { opportunities: 5, offers: 2 },
  adminToken,
  clock: () => new Date(now),
  // The test page is on web-test-runner's origin.
  env: { MITMACHEN_ALLOWED_ORIGINS: '*' },
});

const answer = (line: object) => process.stdout.write(`@@clock ${JSON.stringify(line)}\n`);
answer({ ready: true, apiBase: server.baseUrl, adminToken });

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { id: number; action: string; days?: number };
  try {
    if (command.action !== 'advance' || typeof command.days !== 'number') throw new Error(`unknown command ${line}`);
    // Whole Saxon days, as the server counts "filled until": the day a test names is the day reached.
    now = daysLater(now, command.days);
    const summary = await server.lifecycle.run();
    await server.jobs.runDue();
    answer({ id: command.id, result: { now: new Date(now).toISOString(), summary } });
  } catch (error) {
    answer({ id: command.id, error: String(error) });
  }
}
await stop();
