import { CancellationScope, condition, isCancellation } from '@temporalio/workflow';
import type { GraphNode, MultiInstance } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { MultiInstanceState, TokenState } from './engine-state.js';
import { FeelError } from './errors.js';
import { evaluateCondition, evaluateFeel } from './feel.js';
import { type NodeOutcome, complete, parked } from './handlers/node-handler.js';
import { runScope, type ScopeOutcome } from './scope-runner.js';
import { setVariable, visibleVariables } from './variables.js';

/**
 * A multi-instance body: one item scope per element of the collection (holding the element
 * variable and `loopCounter`), each running the node once, all at once or one after the
 * other. After each item: the output element goes into the output collection (by index) and
 * the completion condition may end the body early, cancelling the items still running.
 */
type Item = { cancel: CancellationScope; outcome?: ScopeOutcome; error?: unknown };

export async function runMultiInstance(engine: Engine, token: TokenState, node: GraphNode): Promise<NodeOutcome> {
  const mi = node.multiInstance as MultiInstance;
  const state = (token.mi ??= start(engine, token, mi));
  const running = new Map<string, Item>();
  const launch = (scopeId: string) => {
    const item: Item = { cancel: new CancellationScope() };
    running.set(scopeId, item);
    void item.cancel
      .run(() => runScope(engine, scopeId))
      .then(
        (outcome) => void (item.outcome = outcome),
        (error: unknown) => void (item.error = error ?? new Error('multi-instance item failed')),
      );
  };
  const settled = (item: Item) => item.outcome !== undefined || item.error !== undefined;
  try {
    for (const scopeId of state.running) launch(scopeId);
    for (;;) {
      const mayStart = () => !state.done && !engine.draining && state.next < state.items.length;
      while (mayStart() && (!mi.sequential || state.running.length === 0))
        launch(startItem(engine, token, node, mi, state));
      if (running.size === 0) break;
      // Also wake when 加签 added an item that may start now.
      await condition(() => [...running.values()].some(settled) || (mayStart() && !mi.sequential));
      for (const [scopeId, item] of running) {
        if (!settled(item)) continue;
        running.delete(scopeId);
        // Items cancelled because the completion condition held end quietly.
        if (item.error !== undefined && !(state.done && isCancellation(item.error))) throw item.error;
        if (item.outcome === 'completed') finishItem(engine, mi, state, scopeId);
        else if (item.error !== undefined) cleanup(engine, state, scopeId);
      }
      if (state.done) for (const item of running.values()) item.cancel.cancel();
    }
  } catch (err) {
    for (const item of running.values()) item.cancel.cancel();
    await CancellationScope.nonCancellable(() => condition(() => [...running.values()].every(settled)));
    for (const scopeId of state.running) engine.deleteScope(scopeId);
    // A retried incident runs the whole body again; a half-finished item set cannot be trusted.
    delete token.mi;
    throw err;
  }
  // Items that parked for continue-as-new stay in state.running and resume in the next run.
  if (state.running.length > 0) return parked;
  if (mi.outputCollection) setVariable(engine, token.scopeId, mi.outputCollection, state.results);
  return complete;
}

function start(engine: Engine, token: TokenState, mi: MultiInstance): MultiInstanceState {
  const items = evaluateFeel(mi.collection, visibleVariables(engine, token.scopeId), engine.now());
  if (!Array.isArray(items)) throw new FeelError(mi.collection, 'the multi-instance collection is not a list');
  return { items, next: 0, completed: 0, results: items.map(() => null), running: [] };
}

function startItem(
  engine: Engine,
  token: TokenState,
  node: GraphNode,
  mi: MultiInstance,
  state: MultiInstanceState,
): string {
  const index = state.next++;
  const scope = engine.createScope('multiInstance', node.id, token.scopeId, {
    [mi.elementVariable]: state.items[index] ?? null,
    loopCounter: index + 1,
  });
  scope.mi = { ownerTokenId: token.id, index };
  engine.newToken(node.id, scope.id, { miInner: true });
  state.running.push(scope.id);
  return scope.id;
}

function finishItem(engine: Engine, mi: MultiInstance, state: MultiInstanceState, scopeId: string): void {
  const scope = engine.scope(scopeId);
  const vars = visibleVariables(engine, scopeId);
  const index = scope.mi?.index ?? 0;
  if (mi.outputElement) state.results[index] = evaluateFeel(mi.outputElement, vars, engine.now());
  state.completed += 1;
  cleanup(engine, state, scopeId);
  if (mi.completionCondition) {
    const ctx = {
      ...vars,
      numberOfInstances: state.items.length,
      numberOfCompletedInstances: state.completed,
      numberOfActiveInstances: state.running.length,
      ...(mi.outputCollection ? { [mi.outputCollection]: state.results } : {}),
    };
    if (evaluateCondition(mi.completionCondition, ctx, engine.now())) state.done = true;
  }
}

function cleanup(engine: Engine, state: MultiInstanceState, scopeId: string): void {
  state.running = state.running.filter((id) => id !== scopeId);
  engine.deleteScope(scopeId);
}
