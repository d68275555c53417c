/**
 * `npm test`: the whole suite with vitest (real Temporal dev server started by the global
 * setup), then the storage and API suites again on PostgreSQL when PS_TEST_POSTGRES_URL
 * is set. In CI (CI=true) PostgreSQL is required. Prints one closing line with the totals.
 * Arguments (`npm test -- path/to/file.test.ts`) run just those files, on PGlite.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Suites that touch the platform database: they must pass on PGlite and on PostgreSQL. */
const DATABASE_SUITES = ['test/api', 'test/e2e/first-path.test.ts', 'studio/server'];

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

async function vitest(
  args: string[],
  env: NodeJS.ProcessEnv,
  label: string,
): Promise<{ code: number; totals: Totals }> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'ps-vitest-')), 'results.json');
  const bin = path.resolve('node_modules/vitest/vitest.mjs');
  console.log(`\n== ${label}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [bin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args],
      {
        stdio: 'inherit',
        env,
      },
    );
    child.on('close', (c) => resolve(c ?? 1));
  });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    const json = JSON.parse(await readFile(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed = json.numPassedTests;
    totals.failed = json.numFailedTests;
    totals.skipped = json.numPendingTests + json.numTodoTests;
  } catch {
    totals.failed = Math.max(totals.failed, 1); // no report: the run itself broke
  }
  return { code, totals };
}

const args = process.argv.slice(2);
const runs: Array<{ code: number; totals: Totals }> = [];
runs.push(await vitest(args, { ...process.env, TEST_DATABASE_KIND: 'pglite' }, 'vitest (PGlite)'));

const postgresUrl = process.env.PS_TEST_POSTGRES_URL;
if (args.length === 0) {
  if (postgresUrl) {
    runs.push(
      await vitest(
        DATABASE_SUITES,
        { ...process.env, TEST_DATABASE_KIND: 'postgres' },
        `vitest (PostgreSQL: ${DATABASE_SUITES.join(' ')})`,
      ),
    );
  } else if (process.env.CI === 'true') {
    console.error(
      '\nCI needs PostgreSQL for the storage and API suites: set PS_TEST_POSTGRES_URL (scripts/ci/start-postgres.sh prints it)',
    );
    runs.push({ code: 1, totals: { passed: 0, failed: 1, skipped: 0 } });
  } else {
    console.log('\n(PostgreSQL suites not run: set PS_TEST_POSTGRES_URL, e.g. from scripts/ci/start-postgres.sh)');
  }
}

const sum = (k: keyof Totals) => runs.reduce((n, r) => n + r.totals[k], 0);
// A run can fail with every test green (an unhandled error, a failed global setup): say so, or the
// closing line would read as a pass.
const brokenRuns = runs.filter((r) => r.code !== 0 && r.totals.failed === 0).length;
const broken = brokenRuns ? `; ${brokenRuns} run(s) failed outside the tests (unhandled errors, setup: see above)` : '';
console.log(`\ntests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped${broken}`);
process.exit(runs.some((r) => r.code !== 0) ? 1 : 0);
