/**
 * Loaded into every test file's process (`--import`) by scripts/test.mjs. A test that fails
 * half-way can leave a server, a pool or a child process open; node:test then waits for the
 * event loop to empty, which never happens, and the whole run waits with it (a run under load
 * waited twelve minutes on one such file). `--test-force-exit` would end it, but it also ends
 * the runner before the TAP file that the summary counts from is written. So only the test
 * file's own process gets a deadline: once its tests and hooks are done it has a minute (its
 * own root-level `after` hooks, which run after this one, may stop a database on a busy
 * machine) to end by itself, then it ends with the exit code its tests earned and says why.
 */
// test/build/exit-when-done.test.ts shortens it to see the deadline end a process.
const graceMs = Number(process.env.MITMACHEN_TEST_EXIT_GRACE_MS) || 60_000;

// Set in the processes node's test runner starts for each file, not in the runner itself.
if (process.env.NODE_TEST_CONTEXT) {
  const { after } = await import('node:test');
  after(() => {
    const deadline = setTimeout(() => {
      const file = process.argv[1] ?? 'a test file';
      process.stderr.write(
        `${file}: its process was still running ${graceMs / 1000} s after its tests ended; something a test started ` +
          '(a server, a database pool, a child process) was left open. Ending it.\n',
      );
      process.exit();
    }, graceMs);
    // A process that ends by itself does not wait for the deadline.
    deadline.unref();
  });
}
