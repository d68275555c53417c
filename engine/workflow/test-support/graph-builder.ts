/**
 * Builds ProcessGraph objects for tests the way the compiler would: incoming/outgoing,
 * boundary links, start nodes and event sub-process lists are derived from the nodes and
 * flows, so a test only writes what matters to it.
 */
import type { ActivityOptions, GraphNode, ProcessGraph, SequenceFlow } from '../../graph/index.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NodeSpec = DistributiveOmit<GraphNode, 'incoming' | 'outgoing'>;
/** `[from, to]`, `[from, to, condition]` or `[from, to, condition, flowId]`. */
export type FlowSpec = [string, string, string?, string?];

export const testActivityOptions: ActivityOptions = {
  startToCloseTimeout: '10s',
  maximumAttempts: 2,
  initialInterval: '100ms',
  backoffCoefficient: 1,
};

export const flowId = (from: string, to: string) => `${from}->${to}`;

export function buildGraph(key: string, nodes: NodeSpec[], flows: FlowSpec[]): ProcessGraph {
  const graphNodes: Record<string, GraphNode> = {};
  for (const spec of nodes) graphNodes[spec.id] = { ...spec, incoming: [], outgoing: [] } as GraphNode;
  const graphFlows: Record<string, SequenceFlow> = {};
  for (const [source, target, condition, id = flowId(source, target)] of flows) {
    graphFlows[id] = { id, source, target, ...(condition ? { condition } : {}) };
    graphNodes[source]?.outgoing.push(id);
    graphNodes[target]?.incoming.push(id);
  }
  for (const node of Object.values(graphNodes)) {
    if (node.type !== 'boundaryEvent') continue;
    const host = graphNodes[node.attachedTo];
    if (host && !host.boundaryEvents?.includes(node.id))
      host.boundaryEvents = [...(host.boundaryEvents ?? []), node.id];
  }
  const esps = Object.values(graphNodes).filter((n) => n.type === 'eventSubProcess');
  for (const node of Object.values(graphNodes)) {
    if (node.type === 'subProcess') node.eventSubProcesses ??= esps.filter((e) => e.scope === node.id).map((e) => e.id);
  }
  return {
    schemaVersion: 1,
    key,
    nodes: graphNodes,
    flows: graphFlows,
    startNodeIds: Object.values(graphNodes)
      .filter((n) => n.type === 'startEvent' && !n.scope)
      .map((n) => n.id),
    eventSubProcesses: esps.filter((e) => !e.scope).map((e) => e.id),
  };
}

/** Node shorthands; `extra` overrides or adds any field. */
export const n = {
  start: (id: string, extra: Partial<NodeSpec> = {}) =>
    ({ id, type: 'startEvent', trigger: { kind: 'none' }, ...extra }) as NodeSpec,
  end: (id: string, extra: Partial<NodeSpec> = {}) =>
    ({ id, type: 'endEvent', result: { kind: 'none' }, ...extra }) as NodeSpec,
  service: (id: string, activityType = 'core.echo@1', extra: Partial<NodeSpec> = {}) => {
    const [ref = '', major = '1'] = activityType.split('@');
    const [plugin = 'core', name = 'echo'] = ref.split('.');
    return {
      id,
      type: 'serviceTask',
      bpmnType: 'serviceTask',
      activity: { plugin, name, major: Number(major), activityType },
      options: testActivityOptions,
      ...extra,
    } as NodeSpec;
  },
  user: (id: string, extra: Partial<NodeSpec> = {}) => ({ id, type: 'userTask', ...extra }) as NodeSpec,
  script: (id: string, expression: string, resultVariable: string, extra: Partial<NodeSpec> = {}) =>
    ({ id, type: 'scriptTask', expression, resultVariable, ...extra }) as NodeSpec,
  xor: (id: string, defaultFlow?: string) =>
    ({ id, type: 'exclusiveGateway', ...(defaultFlow ? { defaultFlow } : {}) }) as NodeSpec,
  or: (id: string, defaultFlow?: string) =>
    ({ id, type: 'inclusiveGateway', ...(defaultFlow ? { defaultFlow } : {}) }) as NodeSpec,
  and: (id: string) => ({ id, type: 'parallelGateway' }) as NodeSpec,
  events: (id: string) => ({ id, type: 'eventBasedGateway' }) as NodeSpec,
  timer: (id: string, duration: string, extra: Partial<NodeSpec> = {}) =>
    ({
      id,
      type: 'intermediateCatchEvent',
      trigger: { kind: 'timer', timer: { kind: 'duration', value: { literal: duration } } },
      ...extra,
    }) as NodeSpec,
  message: (id: string, messageName: string, correlationKey?: string, extra: Partial<NodeSpec> = {}) =>
    ({
      id,
      type: 'intermediateCatchEvent',
      trigger: { kind: 'message', messageName, ...(correlationKey ? { correlationKey } : {}) },
      ...extra,
    }) as NodeSpec,
  boundary: (
    id: string,
    attachedTo: string,
    trigger: Extract<NodeSpec, { type: 'boundaryEvent' }>['trigger'],
    interrupting = true,
    extra: Partial<NodeSpec> = {},
  ) => ({ id, type: 'boundaryEvent', attachedTo, interrupting, trigger, ...extra }) as NodeSpec,
};
