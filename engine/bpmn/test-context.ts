import { readFile } from 'node:fs/promises';
import type { ActivityInfo, CompileContext } from './compile-types.js';

// Test support: a small catalogue of activities and forms, standing in for loaded plugins.

const DEFAULT_OPTIONS = {
  startToCloseTimeout: '1m',
  maximumAttempts: 3,
  initialInterval: '1s',
  backoffCoefficient: 2,
};

const ACTIVITIES: ActivityInfo[] = [
  { plugin: 'finance', name: 'checkBudget', major: 2, options: DEFAULT_OPTIONS },
  { plugin: 'core', name: 'sendEmail', major: 1, options: { ...DEFAULT_OPTIONS, startToCloseTimeout: '30s' } },
  { plugin: 'banking', name: 'verifyIdentity', major: 2, taskQueue: 'banking', options: DEFAULT_OPTIONS },
  { plugin: 'banking', name: 'scoreRisk', major: 1, options: DEFAULT_OPTIONS },
];

const FORMS = new Map<string, number[]>([
  ['core/expense-claim', [1, 2]],
  ['core/expense-review', [1]],
  ['banking/kyc-review', [1, 2, 3]],
]);

/** A CompileContext backed by the fixed catalogue above; `overrides` replace single members. */
export function testContext(overrides: Partial<CompileContext> = {}): CompileContext {
  return {
    findActivity: (plugin, name, major) =>
      ACTIVITIES.find((a) => a.plugin === plugin && a.name === name && a.major === major),
    hasForm: (id, version) => {
      const versions = FORMS.get(id);
      return versions !== undefined && (version === undefined || versions.includes(version));
    },
    ...overrides,
  };
}

export function readFixture(name: string): Promise<string> {
  return readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Compiles a fixture that must compile; fails with every problem listed otherwise. */
export async function compileFixture(name: string, ctx: CompileContext = testContext()) {
  const { compileBpmn } = await import('./compile-bpmn.js');
  const result = await compileBpmn(await readFixture(name), ctx);
  if (!result.ok) throw new Error(`${name} did not compile:\n${JSON.stringify(result.problems, null, 2)}`);
  return result;
}
