import type { ProcessGraph } from '../../graph/index.js';
import { BpmnErrorCode, type ProblemSink } from '../problems.js';

/**
 * 退回 (send back) targets: each must be another user task in the same scope, so the token
 * can move there without leaving a sub-process or multi-instance body half-run.
 */
export function checkSendBack(graph: ProcessGraph, problems: ProblemSink): void {
  for (const node of Object.values(graph.nodes)) {
    if (node.type !== 'userTask' || !node.sendBackTargets) continue;
    for (const targetId of node.sendBackTargets) {
      const target = graph.nodes[targetId];
      if (!target || target.type !== 'userTask' || target.scope !== node.scope || target.id === node.id) {
        problems.error(
          BpmnErrorCode.InvalidSendBack,
          `User task "${node.id}" may only be sent back to another user task in the same scope; "${targetId}" is not one.`,
          node.id,
        );
      }
    }
  }
}
