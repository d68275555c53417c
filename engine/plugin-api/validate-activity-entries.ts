/**
 * Manifest checks of `activities`: names, versions, descriptions, timeouts, retries and the
 * handler. Whether the schemas compile is a separate check (`checkActivitySchemas`), so the
 * conformance kit can report it on its own.
 */
import { schemaProblem } from './activity-schemas.js';
import { listActivities, type PluginManifest } from './define-plugin.js';
import {
  CAMEL_NAME_PATTERN,
  isObject,
  type Json,
  type ManifestProblems,
  SHORT_DURATION_PATTERN,
  show,
} from './manifest-problems.js';

const ACTIVITY_KEYS = ['version', 'description', 'input', 'output', 'timeout', 'retry', 'execute'] as const;
const RETRY_KEYS = ['maximumAttempts', 'initialInterval', 'backoffCoefficient'] as const;

export function validateActivityEntries(activities: unknown, problems: ManifestProblems): void {
  if (!isObject(activities)) return problems.add('activities', 'must be an object keyed by activity name');
  for (const [name, entry] of Object.entries(activities)) {
    const at = `activities.${name}`;
    problems.pattern(name, at, CAMEL_NAME_PATTERN, 'a camelCase name such as verifyIdentity');
    const versions = Array.isArray(entry) ? entry : [entry];
    if (versions.length === 0) problems.add(at, 'must list at least one version');
    const majors = new Set<unknown>();
    versions.forEach((definition, i) => {
      const field = Array.isArray(entry) ? `${at}[${i}]` : at;
      validateDefinition(definition, field, problems);
      if (isObject(definition)) {
        if (majors.has(definition.version))
          problems.add(`${field}.version`, `repeats major ${show(definition.version)}`);
        majors.add(definition.version);
      }
    });
  }
}

function validateDefinition(definition: unknown, at: string, problems: ManifestProblems): void {
  if (!isObject(definition)) return problems.add(at, 'must be made with defineActivity({ … })');
  problems.unknownKeys(definition, at, ACTIVITY_KEYS);
  const { version, timeout, retry } = definition;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 1000) {
    problems.add(`${at}.version`, `must be a positive integer (the major version), got ${show(version)}`);
  }
  problems.localized(definition.description, `${at}.description`);
  for (const side of ['input', 'output'] as const) {
    if (!isObject(definition[side])) problems.add(`${at}.${side}`, 'must be a JSON Schema object');
  }
  if (timeout !== undefined) {
    problems.pattern(timeout, `${at}.timeout`, SHORT_DURATION_PATTERN, 'a duration such as 30s, 5m or 2h');
  }
  if (retry !== undefined) validateRetry(retry, `${at}.retry`, problems);
  if (typeof definition.execute !== 'function') problems.add(`${at}.execute`, 'must be an async function');
}

function validateRetry(retry: unknown, at: string, problems: ManifestProblems): void {
  if (!isObject(retry))
    return problems.add(at, 'must be an object { maximumAttempts?, initialInterval?, backoffCoefficient? }');
  problems.unknownKeys(retry, at, RETRY_KEYS);
  const { maximumAttempts: attempts, initialInterval, backoffCoefficient: factor } = retry as Json;
  if (
    attempts !== undefined &&
    !(Number.isInteger(attempts) && (attempts as number) >= 1 && (attempts as number) <= 1000)
  ) {
    problems.add(`${at}.maximumAttempts`, `must be an integer from 1 to 1000, got ${show(attempts)}`);
  }
  if (initialInterval !== undefined) {
    problems.pattern(initialInterval, `${at}.initialInterval`, SHORT_DURATION_PATTERN, 'a duration such as 1s');
  }
  if (factor !== undefined && !(typeof factor === 'number' && factor >= 1 && factor <= 10)) {
    problems.add(`${at}.backoffCoefficient`, `must be a number from 1 to 10, got ${show(factor)}`);
  }
}

/** Every activity schema that does not compile, as `activities.<name>.input does not compile: …`. */
export function checkActivitySchemas(plugin: PluginManifest, problems: ManifestProblems): void {
  if (!isObject(plugin.activities)) return;
  const multi = (name: string) => Array.isArray(plugin.activities[name]);
  const index = new Map<string, number>();
  for (const { name, definition } of listActivities(plugin)) {
    const i = index.get(name) ?? 0;
    index.set(name, i + 1);
    if (!isObject(definition)) continue;
    const at = multi(name) ? `activities.${name}[${i}]` : `activities.${name}`;
    for (const side of ['input', 'output'] as const) {
      const problem = isObject(definition[side]) ? schemaProblem(definition[side]) : undefined;
      if (problem) problems.add(`${at}.${side}`, problem);
    }
  }
}
