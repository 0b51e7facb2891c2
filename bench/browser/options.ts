import { parseArgs } from 'node:util';
import { UsageError, whole } from '../lib/options.js';

export interface BrowserBenchOptions {
  runs: number;
  rates: number[];
  count: number;
  json: string | undefined;
  profile: string | undefined;
  trace: string | undefined;
  readable: boolean;
  /** The git ref whose server and bundle the first results are compared with; undefined: none. */
  baseline: string | undefined;
  /** Measure the first results only, not the other scenarios. */
  firstResultsOnly: boolean;
  /** Print one load's network and main-thread timeline per side under the slow profile. */
  timeline: boolean;
}

export const usage = `Usage: npm run bench:browser -- [options]

Builds the script-tag bundle, starts the reference server with demo data and measures in
Chromium: the search painting 25 and 50 results, typing a query and clicking a filter
(longest task, interaction latency), and the layout shift on the demo page, at 1× and 4× CPU
slowdown. Goals (issue 3): no task over 50 ms at 4×, layout shift < 0.01; a missed goal is
reported, not an error.

Options:
  --runs N          repetitions of each measurement (default 5)
  --rates A,B       CPU slowdowns to measure (default 1,4)
  --count N         opportunities to seed (default 3000, as \`npm start\`)
  --json FILE       also write every number to FILE; \`-\` prints the JSON instead of the table
  --profile PREFIX  also record CPU profiles (PREFIX-load.cpuprofile, PREFIX-next-page.cpuprofile,
                    for Chrome DevTools) of 50 results painted at the highest rate, on page load
                    and on "next page", and list the functions that took the time
  --trace PREFIX    also record a performance trace (PREFIX-load.json, for Chrome DevTools) of
                    the page loading until 50 results are painted at the highest rate, and list
                    what each long task spent its time on (script, compile, style, layout …)
  --readable        load an unminified build of the bundle (real function names in profiles)
  --baseline REF    also build the server and bundle of git REF (default main) and measure the
                    time to first results on both in the same run; \`none\` measures this tree only
  --first-results   measure only the time to first results (slow and fast profile), not the
                    other scenarios
  --timeline        also load the demo page once per side under the slow profile and print when
                    each request left and arrived (Resource Timing) and the main thread's tasks
                    (compile, evaluate, layout), on one clock: which waits are serial
  -h, --help        show this help
`;

const maximum = { runs: 100, rate: 20, count: 1_000_000 } as const;

/** The options, or undefined when help was asked for. */
export function parseOptions(argv: string[]): BrowserBenchOptions | undefined {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '5' },
      rates: { type: 'string', default: '1,4' },
      count: { type: 'string', default: '3000' },
      json: { type: 'string' },
      profile: { type: 'string' },
      trace: { type: 'string' },
      readable: { type: 'boolean', default: false },
      baseline: { type: 'string', default: 'main' },
      'first-results': { type: 'boolean', default: false },
      timeline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
  return {
    runs: whole(values.runs, '--runs', 1, maximum.runs),
    rates: values.rates.split(',').map((part) => whole(part.trim(), '--rates', 1, maximum.rate)),
    count: whole(values.count, '--count', 200, maximum.count),
    json: values.json,
    profile: values.profile,
    trace: values.trace,
    readable: values.readable,
    baseline: values.baseline === 'none' ? undefined : values.baseline,
    firstResultsOnly: values['first-results'],
    timeline: values.timeline,
  };
}
