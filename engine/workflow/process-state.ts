import type { Engine } from './engine.js';
import { ROOT_SCOPE } from './engine-state.js';
import type { ProcessState } from './messages.js';

/** The processStateQuery answer: a copy, so the caller can never mutate workflow state. */
export function describeProcess(engine: Engine): ProcessState {
  return JSON.parse(
    JSON.stringify({
      status: engine.status,
      activeNodes: engine.state.tokens.map((t) => t.nodeId),
      completedNodes: engine.state.completedNodes,
      openTasks: engine.tasks.open(),
      incidents: engine.incidents.list(),
      variables: engine.state.scopes[ROOT_SCOPE]?.variables ?? {},
    }),
  ) as ProcessState;
}
