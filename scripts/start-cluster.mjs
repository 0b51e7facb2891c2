/**
 * `npm run start:cluster [-- --instances N --port P]`: PostgreSQL (DATABASE_URL, or a private
 * throwaway cluster), N API instances and nginx in front, for anyone to try the setup of
 * docs/scaling.md on one machine. Ctrl-C stops everything and deletes what it made.
 */
import { parseArgs } from 'node:util';
import { startCluster } from './cluster.mjs';

const usage = `Usage: npm run start:cluster -- [--instances N] [--port P]

  --instances N   API instances behind nginx (default 2, at most 16)
  --port P        nginx's port on 127.0.0.1 (default 8080)

DATABASE_URL: use this PostgreSQL (default: a private one, deleted on exit).
MITMACHEN_SEED / MITMACHEN_SEED_OFFERS: demo data for an empty database (default 3000 / 300).
Other MITMACHEN_* variables (e.g. MITMACHEN_RATE_LIMIT_READS) reach every instance.
`;

const { values } = parseArgs({ options: { instances: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const whole = (raw, flag, fallback, min, max) => {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    process.stderr.write(`${flag} must be a whole number from ${min} to ${max}, not "${raw}"\n\n${usage}`);
    process.exit(2);
  }
  return Number(raw);
};
const instances = whole(values.instances, '--instances', 2, 1, 16);
const port = whole(values.port, '--port', 8080, 1, 65535);
const opportunities = whole(process.env.MITMACHEN_SEED, 'MITMACHEN_SEED', 3000, 0, 1_000_000);
const offers = whole(process.env.MITMACHEN_SEED_OFFERS, 'MITMACHEN_SEED_OFFERS', Math.round(opportunities / 10), 0, 1_000_000);

// Every MITMACHEN_* variable but the ones the cluster sets reaches the instances.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => /^MITMACHEN_/.test(name) && !/^MITMACHEN_(SEED|SEED_OFFERS|ADMIN_TOKEN)$/.test(name)),
);
console.log(`Starting PostgreSQL, ${instances} instance${instances === 1 ? '' : 's'} and nginx …`);
const cluster = await startCluster({
  instances,
  port,
  databaseUrl: process.env.DATABASE_URL,
  seed: { opportunities, offers },
  adminToken: process.env.MITMACHEN_ADMIN_TOKEN,
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
  output: (source, line) => console.log(`${source.padEnd(5)} │ ${line}`),
}).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

console.log(`
mitmachen is running at ${cluster.url}/  (API ${cluster.url}/v1, bundle ${cluster.url}/mitmachen.js)
  PostgreSQL  ${cluster.postgres.private ? `${cluster.postgres.url} (private, deleted on exit)` : 'DATABASE_URL'}
  instances   ${cluster.instances.map((instance) => `${instance.name} ${instance.url} (pid ${instance.pid})`).join(', ')}
  nginx       ${cluster.nginxConfig}
  moderation  Authorization: Bearer ${cluster.adminToken}
Ctrl-C stops everything.`);

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping nginx, the instances and PostgreSQL …');
    void cluster.stop().finally(() => process.exit(0));
  });
}
// An instance that dies on its own is worth knowing about; nginx keeps serving from the others.
for (const instance of cluster.instances) {
  void instance.exited.then(() => {
    if (!stopping) console.error(`${instance.name} (pid ${instance.pid}) has exited; nginx sends its requests to the others.`);
  });
}
