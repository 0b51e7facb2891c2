/**
 * How a benchmark's entry runs: options parsed (usage on a mistake, exit 2; help on -h), cleanups
 * on every way out, and a failure reported with exit code 1 rather than a crash.
 */
import { cleanUpOnSignals, runCleanups } from './cleanup.js';
import { UsageError } from './options.js';

export async function runBenchmark<Options>(
  parse: (argv: string[]) => Options | undefined,
  usage: string,
  main: (options: Options) => Promise<void>,
): Promise<void> {
  let options: Options | undefined;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError) && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') !== true) throw error;
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (options === undefined) {
    process.stdout.write(usage);
    return;
  }
  cleanUpOnSignals();
  try {
    await main(options);
  } catch (error) {
    process.exitCode = 1;
    console.error(`\nbenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await runCleanups();
  }
}
