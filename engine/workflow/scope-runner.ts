import { CancellationScope, condition, isCancellation } from '@temporalio/workflow';
import type { Engine } from './engine.js';
import { startEventSubProcesses } from './event-subprocesses.js';
import { ScopeRuntime } from './scope-runtime.js';

/** `parked`: continue-as-new is under way and every fiber of the scope stopped where it was. */
export type ScopeOutcome = 'completed' | 'parked';

/**
 * Runs one scope instance until it has no tokens left (or parks). Starts the tokens already
 * in state, so the same call starts a fresh scope and resumes one after continue-as-new.
 * A BPMN error from inside ends the scope (after its fibers cleaned up) and is rethrown to
 * the owner, which routes it to a boundary or further up.
 */
export async function runScope(engine: Engine, scopeId: string): Promise<ScopeOutcome> {
  const rt = new ScopeRuntime(engine, scopeId);
  engine.runtimes.set(scopeId, rt);
  const idle = () => engine.tokensIn(scopeId).length === 0 && rt.eventSubProcesses.size === 0;
  const parked = () => engine.draining && engine.liveIn(scopeId) === 0 && rt.eventSubProcesses.size === 0;
  try {
    for (const token of engine.tokensIn(scopeId)) rt.launch(token);
    startEventSubProcesses(engine, rt);
    await condition(() => rt.error !== undefined || engine.fatal !== undefined || idle() || parked());
    if (engine.fatal !== undefined) throw engine.fatal;
    if (rt.error) {
      rt.base.cancel();
      await settle(engine, rt);
      throw rt.error;
    }
    return idle() ? 'completed' : 'parked';
  } catch (err) {
    // Interrupted from outside: wait until our fibers closed their tasks before the owner moves on.
    if (isCancellation(err)) await settle(engine, rt);
    throw err;
  } finally {
    rt.base.cancel();
    engine.runtimes.delete(scopeId);
  }
}

function settle(engine: Engine, rt: ScopeRuntime): Promise<void> {
  return CancellationScope.nonCancellable(() =>
    condition(() => engine.liveIn(rt.scopeId) === 0 && rt.eventSubProcesses.size === 0),
  );
}
