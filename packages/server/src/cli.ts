#!/usr/bin/env node
/**
 * `mitmachen-server`: run the reference API, or prepare its database (src/commands/main.ts), on
 * this process's arguments, environment and output streams; its exit code is the command's.
 */
import { runCli } from './commands/main.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
