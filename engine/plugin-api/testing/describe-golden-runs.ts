/**
 * `describeGoldenRuns`: one vitest test per `*.run.json` in a folder, named after the file and
 * its description. The folder's tests share one time-skipping test server, closed afterwards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { closeGoldenEnvironment } from './golden-environment.js';
import { runGoldenRun, type GoldenRunOptions } from './run-golden-run.js';

/** Per-test timeout: the first run in a file also bundles the workflow code and starts the server. */
export const GOLDEN_RUN_TEST_TIMEOUT_MS = 120_000;

/**
 * Declares the golden-run tests of a folder.
 * @example
 * // workflows/incident-response/incident-response.test.ts
 * describeGoldenRuns(new URL('.', import.meta.url));
 */
export function describeGoldenRuns(dir: string | URL, opts: GoldenRunOptions = {}): void {
  const folder = dir instanceof URL ? fileURLToPath(dir) : path.resolve(dir);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.run.json'))
    .sort();
  describe(`golden runs in ${path.basename(folder)}`, () => {
    afterAll(closeGoldenEnvironment);
    if (files.length === 0) {
      it('should find at least one *.run.json', () => {
        throw new Error(`no golden runs (*.run.json) in ${folder}`);
      });
    }
    for (const name of files) declareGoldenRunTest(path.join(folder, name), opts);
  });
}

/** One test for one run file: `should pass <file>: <description>`. */
export function declareGoldenRunTest(file: string, opts: GoldenRunOptions): void {
  it(
    `should pass ${path.basename(file)}: ${descriptionOf(file)}`,
    { timeout: GOLDEN_RUN_TEST_TIMEOUT_MS },
    async () => {
      await runGoldenRun(file, opts);
    },
  );
}

// Read while declaring tests (which is synchronous); an unreadable file still gets its test,
// which then fails with runGoldenRun's message.
function descriptionOf(file: string): string {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { description?: unknown };
    return typeof parsed.description === 'string' ? parsed.description : '(no description)';
  } catch {
    return '(unreadable)';
  }
}
