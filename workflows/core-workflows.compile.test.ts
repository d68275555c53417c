/**
 * Static checks of the core workflows, without a Temporal server: every process.bpmn compiles
 * against the core activities and the forms in workflows/, every form publishes, and every
 * golden run's completion data is valid for the form at its step (with the record built from
 * the earlier steps as the step's current values, as the task's input mappings would show it).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreActivityCatalog } from '../engine/activities/index.js';
import { compileBpmn } from '../engine/bpmn/index.js';
import { checkFormDocument, compileForm, validateSubmission, type CompiledForm } from '../engine/forms/index.js';
import { readFormSource } from '../engine/forms/node/index.js';
import type { ProcessGraph, UserTaskNode } from '../engine/graph/index.js';

const root = path.resolve(import.meta.dirname, '..');
const CORE_WORKFLOWS = ['incident-response', 'trusted-client-onboarding', 'shift-handover'];

interface GoldenStep {
  task?: string;
  complete?: { data: Record<string, unknown>; outcome?: string };
  advance?: string;
  message?: { name: string };
  expectIncident?: string;
}
interface GoldenRun {
  description: string;
  process: string;
  start: { variables?: Record<string, unknown> };
  steps: GoldenStep[];
  expect: { status: string; path?: string[]; notPath?: string[]; variables?: Record<string, unknown> };
}

const forms = new Map<string, CompiledForm>();
const formProblems: Array<[string, unknown]> = [];
for (const name of CORE_WORKFLOWS) {
  const dir = path.join(root, 'workflows', name, 'forms');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.schema.json')).sort()) {
    const source = await readFormSource(root, path.relative(root, path.join(dir, file)));
    const checked = checkFormDocument(source.document);
    if (checked.ok) forms.set(checked.id, compileForm(checked.document, 1));
    else formProblems.push([source.source, checked.problems]);
  }
}

const compiled = new Map<string, Awaited<ReturnType<typeof compileBpmn>>>();
const diagrammed = new Map<string, Set<string>>();
for (const name of CORE_WORKFLOWS) {
  const xml = await readFile(path.join(root, 'workflows', name, 'process.bpmn'), 'utf8');
  diagrammed.set(name, new Set([...xml.matchAll(/bpmnElement="([^"]+)"/g)].map((m) => m[1]!)));
  compiled.set(
    name,
    await compileBpmn(xml, {
      findActivity: (plugin, activity, major) =>
        coreActivityCatalog.find((a) => a.plugin === plugin && a.name === activity && a.major === major),
      hasForm: (id) => forms.has(id),
    }),
  );
}
const graphs = [...compiled.values()].flatMap((r) => (r.ok ? [r.graph] : []));
const userTasks = (g: ProcessGraph) => Object.values(g.nodes).filter((n): n is UserTaskNode => n.type === 'userTask');
const findTask = (id: string) => graphs.flatMap(userTasks).find((n) => n.id === id);
const nodeExists = (id: string) => graphs.some((g) => id in g.nodes);

const runs: Array<[string, GoldenRun]> = [];
for (const name of CORE_WORKFLOWS) {
  const dir = path.join(root, 'workflows', name);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.run.json')).sort()) {
    runs.push([`${name}/${file}`, JSON.parse(await readFile(path.join(dir, file), 'utf8')) as GoldenRun]);
  }
}

describe('core workflows', () => {
  it('should publish every workflow form', () => {
    expect(formProblems).toEqual([]);
    expect(forms.size).toBeGreaterThanOrEqual(CORE_WORKFLOWS.length);
  });

  it.each(CORE_WORKFLOWS)('should compile %s with no problems and no warnings', (name) => {
    const result = compiled.get(name)!;
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.ok) expect(result.graph.key).toBe(name);
  });

  it.each(CORE_WORKFLOWS)('should lay out every node and flow of %s in its diagram', (name) => {
    const result = compiled.get(name)!;
    if (!result.ok) throw new Error(`${name} does not compile`);
    const ids = [...Object.keys(result.graph.nodes), ...Object.keys(result.graph.flows)];
    expect(ids.filter((id) => !diagrammed.get(name)!.has(id))).toEqual([]);
  });

  it.each(CORE_WORKFLOWS)('should give every user task of %s a form, an assignment and a due date', (name) => {
    const result = compiled.get(name)!;
    if (!result.ok) throw new Error(`${name} does not compile`);
    for (const task of userTasks(result.graph)) {
      const form = task.form && forms.get(task.form.id);
      expect({ task: task.id, form: Boolean(form) }).toEqual({ task: task.id, form: true });
      expect({ task: task.id, assigned: Boolean(task.assignee ?? task.candidateGroups) }).toEqual({
        task: task.id,
        assigned: true,
      });
      expect({ task: task.id, due: Boolean(task.dueDate) }).toEqual({ task: task.id, due: true });
      expect({ task: task.id, step: Boolean(form?.document.steps?.[task.id]) }).toEqual({ task: task.id, step: true });
    }
  });

  it('should name only real user tasks in form steps', () => {
    for (const form of forms.values()) {
      for (const step of Object.keys(form.document.steps ?? {})) {
        expect({ form: form.id, step, found: findTask(step)?.form?.id }).toEqual({
          form: form.id,
          step,
          found: form.id,
        });
      }
    }
  });

  it.each(runs)('should have valid steps and completion data in %s', (_file, run) => {
    expect(CORE_WORKFLOWS).toContain(run.process);
    // The record as each process's tasks would see it: earlier sections, keyed by top-level field.
    const records = new Map<string, Record<string, unknown>>();
    for (const [i, step] of run.steps.entries()) {
      if (step.expectIncident) expect({ i, node: nodeExists(step.expectIncident) }).toEqual({ i, node: true });
      if (!step.task) continue;
      const task = findTask(step.task);
      expect({ i, task: step.task, found: Boolean(task) }).toEqual({ i, task: step.task, found: true });
      if (!task?.form || !step.complete) continue;
      const offered = task.outcomes ?? [];
      expect({ i, outcome: step.complete.outcome ?? null }).toEqual({
        i,
        outcome: offered.length ? expect.toBeOneOf(offered) : null,
      });
      const form = forms.get(task.form.id)!;
      const record = records.get(form.id) ?? {};
      const result = validateSubmission(form, task.id, step.complete.data, 'en', { current: record });
      expect({ i, task: step.task, errors: result.errors }).toEqual({ i, task: step.task, errors: [] });
      records.set(form.id, { ...record, ...result.data });
    }
    for (const id of [...(run.expect.path ?? []), ...(run.expect.notPath ?? [])]) {
      expect({ id, found: nodeExists(id) }).toEqual({ id, found: true });
    }
  });
});
