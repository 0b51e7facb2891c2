/**
 * The real server on a clock the test moves (scheduled work: follow-up mails, retention), with
 * the rest as `startTestServer` sets it up. `runJobs()` runs the jobs due by that clock now, as
 * the server's own poll would.
 */
import { AdjustableClock } from '../../packages/server/src/clock.js';
import { startServer } from '../../packages/server/src/server.js';
import { openTestDatabase } from './database.js';
import { testServerConfig, type TestServer, type TestServerOptions } from './server.js';

export interface ClockedTestServer extends TestServer {
  clock: AdjustableClock;
  runJobs(): Promise<number>;
}

export async function startClockedServer(options: TestServerOptions = {}): Promise<ClockedTestServer> {
  const config = testServerConfig(options);
  const database = await openTestDatabase({ seed: config.seed });
  const clock = new AdjustableClock();
  try {
    const server = await startServer(config, { database: database.db, clock });
    try {
      await server.ready;
    } catch (error) {
      await server.close();
      throw error;
    }
    return {
      url: server.url,
      baseUrl: `${server.url}/v1`,
      db: database.db,
      clock,
      runJobs: () => server.jobs.runDue(),
      async close() {
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
