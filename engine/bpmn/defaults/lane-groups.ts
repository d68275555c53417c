import type { ModdleElement } from 'bpmn-moddle';
import type { ProcessGraph } from '../../graph/index.js';
import { displayName } from '../map/node-base.js';
import { BpmnWarningCode, type ProblemSink } from '../problems.js';

/** `Branch Managers` → `branch-managers`; names without letters or digits fall back to the lane id. */
export function slugifyLaneName(name: string | undefined, laneId: string): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || laneId;
}

/**
 * Analysts put a step in the lane of the role that does it. A user task in a lane, with no
 * assignee or candidates of its own, is offered to the lane's group (the innermost lane wins).
 */
export function applyLaneGroups(graph: ProcessGraph, process: ModdleElement, problems: ProblemSink): void {
  const laneOf = new Map<string, ModdleElement>();
  const visit = (laneSets: unknown) => {
    for (const laneSet of (laneSets as ModdleElement[] | undefined) ?? []) {
      for (const lane of (laneSet.lanes as ModdleElement[] | undefined) ?? []) {
        for (const ref of (lane.flowNodeRef as ModdleElement[] | undefined) ?? []) {
          if (ref?.id) laneOf.set(ref.id, lane);
        }
        // Child lanes are visited after their parent, so they override it.
        visit(lane.childLaneSet ? [lane.childLaneSet] : []);
      }
    }
  };
  visit(process.laneSets);
  for (const node of Object.values(graph.nodes)) {
    if (node.type !== 'userTask' || node.assignee || node.candidateUsers || node.candidateGroups) continue;
    const lane = laneOf.get(node.id);
    if (!lane) continue;
    const group = slugifyLaneName(displayName(lane), lane.id!);
    node.candidateGroups = { literal: group };
    problems.warn(
      BpmnWarningCode.LaneCandidateGroup,
      `User task "${node.name ?? node.id}" is offered to group "${group}" from its lane "${displayName(lane) ?? lane.id}".`,
      node.id,
    );
  }
}
