/**
 * The end of a golden run: the status it must have reached, the path it must (and must not)
 * have taken, and the variables it must hold. Every mismatch is reported at once.
 */
import type { ProcessState } from '../../workflow/messages.js';
import { summary, type GoldenDriver } from './golden-driver.js';
import type { GoldenRunExpect } from './golden-run-format.js';

const WHERE = 'expect';

/** Brings the instance to its final state for `expect.status` and checks the rest against it. */
export async function checkExpectations(
  expected: GoldenRunExpect,
  driver: GoldenDriver,
  expectedIncidents: Set<string>,
): Promise<ProcessState> {
  let state = await driver.settle(WHERE);
  if (expected.status === 'completed' && state.status === 'running') {
    if (state.openTasks.length > 0 || state.incidents.some((i) => !expectedIncidents.has(i.incidentId))) {
      driver.fail(WHERE, `expected status completed, but the instance is waiting: ${summary(state)}`);
    }
    // Only timers (or messages) are left: let the server skip time until the instance ends.
    await waitForResult(driver);
    state = await driver.state();
  }
  const problems: string[] = [];
  if (state.status !== expected.status) problems.push(`status: expected ${expected.status}, got ${state.status}`);
  problems.push(...pathProblems(expected, state.completedNodes));
  if (expected.variables) problems.push(...subsetProblems(state.variables, expected.variables, '/variables'));
  if (problems.length) driver.fail(WHERE, `${problems.join('\n  ')}\n  (${summary(state)})`);
  return state;
}

async function waitForResult(driver: GoldenDriver): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), driver.timeoutMs);
  });
  try {
    const outcome = await Promise.race([driver.handle.result(), timeout]);
    if (outcome === 'timeout') {
      driver.fail(WHERE, `expected status completed, but the instance did not end: ${summary(await driver.state())}`);
    }
  } catch (err) {
    if ((err as Error).name === 'GoldenRunFailure') throw err;
    driver.fail(WHERE, `the instance failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

function pathProblems(expected: GoldenRunExpect, completed: string[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const node of expected.path ?? []) {
    const at = completed.indexOf(node, from);
    if (at === -1) {
      const earlier = completed.indexOf(node) !== -1;
      problems.push(`path: ${node} was not completed${earlier ? ' in the expected order' : ''}`);
    } else from = at + 1;
  }
  for (const node of expected.notPath ?? []) {
    if (completed.includes(node)) problems.push(`notPath: ${node} was completed`);
  }
  return problems;
}

/** Differences where `actual` does not contain `expected`: objects by listed keys, arrays item by item. */
export function subsetProblems(actual: unknown, expected: unknown, pointer: string): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${pointer}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((item, i) => subsetProblems(actual[i], item, `${pointer}/${i}`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${pointer}: expected an object, got ${JSON.stringify(actual)}`];
    }
    return Object.entries(expected).flatMap(([key, value]) =>
      subsetProblems((actual as Record<string, unknown>)[key], value, `${pointer}/${key}`),
    );
  }
  return Object.is(actual, expected)
    ? []
    : [`${pointer}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
