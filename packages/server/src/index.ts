/**
 * @mitmachen/server: the reference API as a library. `startServer(loadConfig())` is what the
 * `mitmachen-server` command runs; `buildApp` gives the Fastify app alone (no listening).
 */
export { buildApp, type AppOptions } from './http/app.js';
export { startServer, openConfiguredDatabase, type RunningServer, type StartOptions } from './server.js';
export { loadConfig, limits, ConfigError, type Config, type LogLevel } from './config.js';
export { openDatabase, type Database, type DatabaseOptions, type Queryable } from './db/database.js';
export { seedDatabase } from './seed/load.js';
export { ProblemError } from './errors.js';
