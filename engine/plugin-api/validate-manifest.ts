/**
 * The manifest validator: every problem at once, each naming the plugin and the field. Loaders
 * refuse a plugin with any; the conformance kit reports them as a failing test.
 */
import type { PluginManifest } from './define-plugin.js';
import {
  CAMEL_NAME_PATTERN,
  isObject,
  KEBAB_ID_PATTERN,
  ManifestProblems,
  PLUGIN_ID_PATTERN,
  PluginManifestError,
  RESERVED_PLUGIN_IDS,
  SEMVER_PATTERN,
  TASK_QUEUE_PATTERN,
  type Json,
} from './manifest-problems.js';
import { checkActivitySchemas, validateActivityEntries } from './validate-activity-entries.js';

const MANIFEST_KEYS = [
  'id',
  'version',
  'name',
  'description',
  'taskQueue',
  'secrets',
  'activities',
  'forms',
  'playbooks',
  'schedules',
] as const;
const PLAYBOOK_KEYS = ['id', 'file', 'name', 'description'] as const;
const SCHEDULE_KEYS = ['id', 'playbook', 'cycle', 'name', 'variables'] as const;
const ISO_CYCLE =
  /^R\d*\/(?:[^/]+\/)?P(?!$)(?:\d+W|(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

export interface ValidateManifestOptions {
  /** Names the plugin when its id is unusable, e.g. the file it came from. */
  source?: string;
}

/** Problems of a manifest's shape (empty when valid); does not compile schemas. */
export function validatePluginManifest(value: unknown, opts: ValidateManifestOptions = {}): string[] {
  const label = isObject(value) && typeof value.id === 'string' && value.id ? value.id : (opts.source ?? '?');
  const problems = new ManifestProblems(label);
  if (!isObject(value)) {
    problems.add('manifest', 'must be an object made with definePlugin({ … })');
    return problems.list;
  }
  problems.unknownKeys(value, '', MANIFEST_KEYS);
  problems.pattern(value.id, 'id', PLUGIN_ID_PATTERN, 'a kebab-case id such as "banking"');
  if (typeof value.id === 'string' && RESERVED_PLUGIN_IDS.has(value.id))
    problems.add('id', 'is reserved by the platform');
  problems.pattern(value.version, 'version', SEMVER_PATTERN, 'a semver version such as "1.0.0"');
  problems.localized(value.name, 'name');
  problems.localized(value.description, 'description');
  if (value.taskQueue !== undefined) {
    problems.pattern(value.taskQueue, 'taskQueue', TASK_QUEUE_PATTERN, 'a task queue name (letters, digits, . _ -)');
  }
  validateSecrets(value.secrets, problems);
  validateActivityEntries(value.activities, problems);
  if (!Array.isArray(value.forms)) problems.add('forms', 'must be an array of form files or documents');
  else value.forms.forEach((entry, i) => validateFormEntry(entry, `forms[${i}]`, problems));
  const playbookIds = validatePlaybooks(value.playbooks, problems);
  if (value.schedules !== undefined) validateSchedules(value.schedules, playbookIds, problems);
  return problems.list;
}

/** Manifest shape plus activity schemas; throws `PluginManifestError` listing every problem. */
export function assertValidManifest(
  value: unknown,
  opts: ValidateManifestOptions = {},
): asserts value is PluginManifest {
  const found = validatePluginManifest(value, opts);
  if (found.length === 0) {
    const schemas = new ManifestProblems((value as PluginManifest).id);
    checkActivitySchemas(value as PluginManifest, schemas);
    found.push(...schemas.list);
  }
  if (found.length) throw new PluginManifestError(found);
}

function validateSecrets(secrets: unknown, problems: ManifestProblems): void {
  if (secrets === undefined) return;
  if (!Array.isArray(secrets)) return problems.add('secrets', 'must be an array of camelCase names');
  secrets.forEach((name, i) => problems.pattern(name, `secrets[${i}]`, CAMEL_NAME_PATTERN, 'a camelCase name'));
  if (new Set(secrets).size !== secrets.length) problems.add('secrets', 'lists a name twice');
}

function validateFormEntry(entry: unknown, at: string, problems: ManifestProblems): void {
  if (entry instanceof URL) {
    if (entry.protocol !== 'file:' || !entry.pathname.endsWith('.schema.json')) {
      problems.add(at, 'must be a file: URL of a .schema.json file');
    }
  } else if (typeof entry === 'string') {
    if (!entry.startsWith('/') || !entry.endsWith('.schema.json')) {
      problems.add(
        at,
        "must be an absolute path of a .schema.json file; use new URL('./forms/x.schema.json', import.meta.url)",
      );
    }
  } else if (!isObject(entry) || !isObject(entry.schema)) {
    problems.add(at, 'must be a form file URL or a form document { schema, uiSchema?, labels, steps? }');
  }
}

function validatePlaybooks(playbooks: unknown, problems: ManifestProblems): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(playbooks)) {
    problems.add('playbooks', 'must be an array of { id, file, name, description }');
    return ids;
  }
  playbooks.forEach((playbook: unknown, i) => {
    const at = `playbooks[${i}]`;
    if (!isObject(playbook)) return problems.add(at, 'must be an object { id, file, name, description }');
    problems.unknownKeys(playbook, at, PLAYBOOK_KEYS);
    problems.pattern(playbook.id, `${at}.id`, KEBAB_ID_PATTERN, 'a kebab-case id');
    if (typeof playbook.id === 'string' && ids.has(playbook.id)) problems.add(`${at}.id`, `repeats "${playbook.id}"`);
    if (typeof playbook.id === 'string') ids.add(playbook.id);
    const file = playbook.file;
    if (!(file instanceof URL) || file.protocol !== 'file:' || !file.pathname.endsWith('.bpmn')) {
      problems.add(`${at}.file`, "must be a file: URL of a .bpmn file: new URL('./playbooks/x.bpmn', import.meta.url)");
    }
    problems.localized(playbook.name, `${at}.name`);
    problems.localized(playbook.description, `${at}.description`);
  });
  return ids;
}

function validateSchedules(schedules: unknown, playbooks: Set<string>, problems: ManifestProblems): void {
  if (!Array.isArray(schedules)) return problems.add('schedules', 'must be an array');
  const ids = new Set<string>();
  schedules.forEach((schedule: unknown, i) => {
    const at = `schedules[${i}]`;
    if (!isObject(schedule)) return problems.add(at, 'must be an object { id, playbook, cycle, name }');
    problems.unknownKeys(schedule, at, SCHEDULE_KEYS);
    problems.pattern(schedule.id, `${at}.id`, KEBAB_ID_PATTERN, 'a kebab-case id');
    if (typeof schedule.id === 'string' && ids.has(schedule.id)) problems.add(`${at}.id`, `repeats "${schedule.id}"`);
    ids.add(String(schedule.id));
    if (typeof schedule.playbook !== 'string' || !playbooks.has(schedule.playbook)) {
      problems.add(`${at}.playbook`, `must be the id of one of the plugin's playbooks`);
    }
    problems.pattern(schedule.cycle, `${at}.cycle`, ISO_CYCLE, 'an ISO 8601 repeating interval such as "R/P1D"');
    problems.localized(schedule.name, `${at}.name`);
    if (schedule.variables !== undefined && !isObject(schedule.variables as Json)) {
      problems.add(`${at}.variables`, 'must be an object');
    }
  });
}
