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
  'demo',
] as const;
const PLAYBOOK_KEYS = ['id', 'file', 'name', 'description'] as const;
const SCHEDULE_KEYS = [
  'id',
  'playbook',
  'cron',
  'cycle',
  'timeZone',
  'name',
  'description',
  'source',
  'variables',
] as const;
const DEMO_KEYS = ['groups', 'users', 'starts'] as const;
const DEMO_GROUP_KEYS = ['id', 'name', 'kind', 'head', 'members'] as const;
const DEMO_USER_KEYS = ['username', 'displayName', 'groups', 'supervisor'] as const;
const DEMO_START_KEYS = ['playbook', 'startedBy', 'businessKey', 'variables'] as const;
/** Five cron fields: numbers, names (JAN, MON), `*`, ranges, lists and steps. */
const CRON_FIELD =
  /^(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?(?:,(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?)*$/;
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
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
  if (value.demo !== undefined) validateDemo(value.demo, playbookIds, problems);
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
    if ((schedule.cron === undefined) === (schedule.cycle === undefined)) {
      problems.add(at, 'needs exactly one of cron (a time of day, e.g. "0 16 * * *") and cycle (e.g. "R/P1D")');
    } else if (schedule.cron !== undefined) {
      const fields = typeof schedule.cron === 'string' ? schedule.cron.trim().split(/\s+/) : [];
      if (fields.length !== 5 || !fields.every((f) => CRON_FIELD.test(f))) {
        problems.add(`${at}.cron`, 'must be five cron fields (minute hour day-of-month month day-of-week)');
      }
    } else {
      problems.pattern(schedule.cycle, `${at}.cycle`, ISO_CYCLE, 'an ISO 8601 repeating interval such as "R/P1D"');
    }
    if (schedule.timeZone !== undefined && !isTimeZone(schedule.timeZone)) {
      problems.add(`${at}.timeZone`, 'must be an IANA time zone such as "Asia/Shanghai"');
    }
    if (schedule.description !== undefined) problems.localized(schedule.description, `${at}.description`);
    if (schedule.source !== undefined && (typeof schedule.source !== 'string' || !schedule.source.trim())) {
      problems.add(`${at}.source`, 'must be a non-empty string naming the seed rule');
    }
    problems.localized(schedule.name, `${at}.name`);
    if (schedule.variables !== undefined && !isObject(schedule.variables as Json)) {
      problems.add(`${at}.variables`, 'must be an object');
    }
  });
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validateDemo(demo: unknown, playbooks: Set<string>, problems: ManifestProblems): void {
  if (!isObject(demo)) return problems.add('demo', 'must be an object { groups?, users?, starts }');
  problems.unknownKeys(demo, 'demo', DEMO_KEYS);
  const list = (value: unknown, at: string): unknown[] => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.add(at, 'must be an array');
    return [];
  };
  list(demo.groups, 'demo.groups').forEach((group, i) => {
    const at = `demo.groups[${i}]`;
    if (!isObject(group as Json)) return problems.add(at, 'must be an object { id, name, kind, head }');
    const g = group as Record<string, unknown>;
    problems.unknownKeys(g, at, DEMO_GROUP_KEYS);
    problems.pattern(g.id, `${at}.id`, KEBAB_ID_PATTERN, 'a kebab-case group id');
    for (const key of ['name', 'kind'] as const) {
      if (typeof g[key] !== 'string' || !g[key]) problems.add(`${at}.${key}`, 'must be a non-empty string');
    }
    problems.pattern(g.head, `${at}.head`, USERNAME_PATTERN, 'a username');
    if (g.members !== undefined) {
      if (!Array.isArray(g.members)) problems.add(`${at}.members`, 'must be an array of usernames');
      else g.members.forEach((m, j) => problems.pattern(m, `${at}.members[${j}]`, USERNAME_PATTERN, 'a username'));
    }
  });
  list(demo.users, 'demo.users').forEach((user, i) => {
    const at = `demo.users[${i}]`;
    if (!isObject(user as Json)) return problems.add(at, 'must be an object { username, displayName, groups }');
    const u = user as Record<string, unknown>;
    problems.unknownKeys(u, at, DEMO_USER_KEYS);
    problems.pattern(u.username, `${at}.username`, USERNAME_PATTERN, 'a lower-case username');
    if (typeof u.displayName !== 'string' || !u.displayName) problems.add(`${at}.displayName`, 'must be a string');
    if (!Array.isArray(u.groups) || !u.groups.every((g) => typeof g === 'string')) {
      problems.add(`${at}.groups`, 'must be an array of group ids');
    }
    if (u.supervisor !== undefined) problems.pattern(u.supervisor, `${at}.supervisor`, USERNAME_PATTERN, 'a username');
  });
  const starts = list(demo.starts, 'demo.starts');
  if (demo.starts === undefined) problems.add('demo.starts', 'is required: one start per playbook');
  starts.forEach((start, i) => {
    const at = `demo.starts[${i}]`;
    if (!isObject(start as Json)) return problems.add(at, 'must be an object { playbook, startedBy }');
    const s = start as Record<string, unknown>;
    problems.unknownKeys(s, at, DEMO_START_KEYS);
    if (typeof s.playbook !== 'string' || !playbooks.has(s.playbook)) {
      problems.add(`${at}.playbook`, "must be the id of one of the plugin's playbooks");
    }
    problems.pattern(s.startedBy, `${at}.startedBy`, USERNAME_PATTERN, 'a demo username');
    if (s.businessKey !== undefined && (typeof s.businessKey !== 'string' || !s.businessKey)) {
      problems.add(`${at}.businessKey`, 'must be a non-empty string');
    }
    if (s.variables !== undefined && !isObject(s.variables as Json))
      problems.add(`${at}.variables`, 'must be an object');
  });
}
