/**
 * Watching one instance during a golden run: its state through `processStateQuery`, waiting for
 * a condition, and waiting until it has settled (nothing left to do without a person, a
 * message or the clock), so a later `advance` measures time from a quiet instance.
 */
import type { WorkflowHandle } from '@temporalio/client';
import { processStateQuery, type ProcessState } from '../../workflow/messages.js';

export class GoldenRunFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldenRunFailure';
  }
}

const POLL_MS = 50;
const QUIET_MS = 250;

export class GoldenDriver {
  constructor(
    readonly handle: WorkflowHandle,
    /** Prefix of every failure: `golden run <file>`. */
    readonly label: string,
    readonly timeoutMs: number,
  ) {}

  state(): Promise<ProcessState> {
    return this.handle.query(processStateQuery);
  }

  fail(where: string, message: string): never {
    throw new GoldenRunFailure(`${this.label}: ${where}: ${message}`);
  }

  /**
   * Polls until `probe` returns a value. `between` runs after each miss (default: a short
   * real-time pause); a probe may throw GoldenRunFailure to stop early.
   */
  async waitFor<T>(
    where: string,
    what: string,
    probe: (state: ProcessState) => T | undefined | Promise<T | undefined>,
    between: () => Promise<unknown> = () => pause(POLL_MS),
  ): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    let last: ProcessState | undefined;
    for (;;) {
      last = await this.state();
      const found = await probe(last);
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        this.fail(where, `timed out after ${this.timeoutMs} ms waiting for ${what}; ${summary(last)}`);
      await between();
    }
  }

  /** Waits until the state stops changing and no activity is pending. */
  async settle(where: string): Promise<ProcessState> {
    const deadline = Date.now() + this.timeoutMs;
    let previous = fingerprint(await this.state());
    for (;;) {
      await pause(QUIET_MS);
      const state = await this.state();
      const now = fingerprint(state);
      const pending = state.status === 'running' ? (await this.handle.describe()).raw.pendingActivities?.length : 0;
      if (now === previous && !pending) return state;
      if (Date.now() > deadline)
        this.fail(where, `the instance did not settle within ${this.timeoutMs} ms; ${summary(state)}`);
      previous = now;
    }
  }
}

/** Where the instance is, for failure messages. */
export function summary(state: ProcessState): string {
  const tasks = state.openTasks.map((t) => t.nodeId);
  const incidents = state.incidents.map((i) => `${i.nodeId} (${i.kind}: ${i.message})`);
  return (
    `status ${state.status}, active [${state.activeNodes.join(', ')}], open tasks [${tasks.join(', ')}], ` +
    `completed [${state.completedNodes.join(', ')}]${incidents.length ? `, incidents ${incidents.join('; ')}` : ''}`
  );
}

function fingerprint(state: ProcessState): string {
  return JSON.stringify([
    state.status,
    state.activeNodes,
    state.completedNodes,
    state.openTasks.length,
    state.incidents.length,
  ]);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
