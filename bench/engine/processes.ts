/**
 * The benchmark's BPMN processes, generated as XML and compiled with the real compiler
 * against the core activity catalog, exactly as a deployed diagram would be.
 */
import { isDeepStrictEqual } from 'node:util';
import { coreActivityCatalog } from '../../engine/activities/index.js';
import { compileBpmn } from '../../engine/bpmn/index.js';
import type { ProcessGraph } from '../../engine/graph/index.js';
import { ECHO_ACTIVITY, ECHO_OPTIONS, STEPS } from './shared.js';

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
  'xmlns:wf="http://playbook-studio.dev/schema/wf/1.0" id="Definitions_Bench" ' +
  'targetNamespace="http://playbook-studio.dev/bpmn">';

/** start → `steps` service tasks calling core.echo@1 → end. */
export function straightThroughXml(steps = STEPS): string {
  const ids = ['Start', ...Array.from({ length: steps }, (_, i) => `Step_${i + 1}`), 'End'];
  const tasks = ids
    .slice(1, -1)
    .map(
      (id, i) =>
        `    <bpmn:serviceTask id="${id}" name="Step ${i + 1}">\n` +
        `      <bpmn:extensionElements><wf:activity ref="${ECHO_ACTIVITY}" /></bpmn:extensionElements>\n` +
        `    </bpmn:serviceTask>`,
    );
  return processXml('bench-ten-steps', 'Ten echo steps', ids, tasks);
}

/** start → one user task → end: an instance that parks until someone completes the task. */
export function waitingXml(): string {
  return processXml(
    'bench-waiting',
    'Wait for a person',
    ['Start', 'Review', 'End'],
    ['    <bpmn:userTask id="Review" name="Review" />'],
  );
}

function processXml(key: string, name: string, ids: string[], tasks: string[]): string {
  const flows = ids
    .slice(1)
    .map((to, i) => `    <bpmn:sequenceFlow id="Flow_${i + 1}" sourceRef="${ids[i]}" targetRef="${to}" />`);
  return [
    HEADER,
    `  <bpmn:process id="${key}" name="${name}" isExecutable="true">`,
    '    <bpmn:startEvent id="Start" />',
    ...tasks,
    '    <bpmn:endEvent id="End" />',
    ...flows,
    '  </bpmn:process>',
    '</bpmn:definitions>',
  ].join('\n');
}

/** Compiles with `coreActivityCatalog` as the activity registry; throws with every problem. */
export async function compileBenchProcess(xml: string): Promise<ProcessGraph> {
  const result = await compileBpmn(xml, {
    findActivity: (plugin, name, major) =>
      coreActivityCatalog.find((a) => a.plugin === plugin && a.name === name && a.major === major),
  });
  if (!result.ok) throw new Error(`bench process did not compile:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.graph;
}

/**
 * The 10-step graph, checked to be what the hand-written workflow mirrors: `STEPS` service
 * tasks calling `ECHO_ACTIVITY` on the engine's queue with `ECHO_OPTIONS` and no mappings.
 */
export async function tenStepGraph(): Promise<ProcessGraph> {
  const graph = await compileBenchProcess(straightThroughXml());
  const services = Object.values(graph.nodes).filter((node) => node.type === 'serviceTask');
  const mismatch = services.find(
    (node) =>
      node.activity.activityType !== ECHO_ACTIVITY ||
      node.activity.taskQueue !== undefined ||
      !isDeepStrictEqual(node.options, ECHO_OPTIONS) ||
      node.inputs?.length ||
      node.outputs?.length ||
      node.resultVariable !== undefined,
  );
  if (services.length !== STEPS || mismatch) {
    throw new Error(
      `the compiled graph no longer matches the hand-written workflow (bench/engine/shared.ts): ` +
        JSON.stringify(mismatch ?? { serviceTasks: services.length }),
    );
  }
  return graph;
}

export function waitingGraph(): Promise<ProcessGraph> {
  return compileBenchProcess(waitingXml());
}
