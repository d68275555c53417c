import { CancellationScope } from '@temporalio/workflow';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { BpmnError } from './errors.js';
import { runToken } from './token-runner.js';

/**
 * The live part of a running scope instance (process, sub-process, event sub-process or
 * multi-instance item): the cancellation scopes its fibers run in. Cancelling `tokens`
 * interrupts the regular tokens only (what an interrupting event sub-process does);
 * cancelling `base` ends everything (terminate, an interrupting boundary on the owner).
 */
export class ScopeRuntime {
  readonly base: CancellationScope;
  readonly tokens: CancellationScope;
  readonly listeners: CancellationScope;
  /** Running event sub-process instances of this scope, by scope id. */
  readonly eventSubProcesses = new Map<string, CancellationScope>();
  /** A BPMN error one of the fibers threw and nobody inside caught. */
  error?: BpmnError;

  constructor(
    private readonly engine: Engine,
    readonly scopeId: string,
  ) {
    this.base = new CancellationScope();
    this.tokens = new CancellationScope({ cancellable: true, parent: this.base });
    this.listeners = new CancellationScope({ cancellable: true, parent: this.base });
  }

  /** Starts the token's fiber inside this scope's token cancellation scope. */
  launch(token: TokenState): void {
    this.engine.live.add(token.id);
    void this.tokens
      .run(() => runToken(this.engine, token))
      .catch((err: unknown) => this.fail(err))
      .finally(() => this.engine.live.delete(token.id));
  }

  /** Records a failure from a fiber: BPMN errors end the scope, anything else is an interpreter bug. */
  fail(err: unknown): void {
    if (err instanceof BpmnError) {
      this.error ??= err;
      return;
    }
    this.engine.fatal ??= err;
  }
}
