import type { ProcessGraph } from '../../graph/index.js';
import type { MapContext } from '../map/map-context.js';
import { buildCheckGraph } from './check-graph.js';
import { checkGateways } from './gateways.js';
import { checkLoops } from './loops.js';
import { checkParallelJoins } from './parallel-joins.js';
import { checkReachability } from './reachability.js';
import { checkSendBack } from './send-back.js';

/** Runs every structural check; each reports all it finds, none stops the others. */
export function runChecks(graph: ProcessGraph, mc: MapContext): void {
  const cg = buildCheckGraph(graph, mc);
  checkReachability(cg, mc.problems);
  checkGateways(graph, mc.problems);
  checkParallelJoins(cg, mc.problems);
  checkLoops(cg, mc.problems);
  checkSendBack(graph, mc.problems);
}
