/**
 * Collects manifest problems as sentences that name the plugin and the field, e.g.
 * `plugin "banking": activities.verifyIdentity.version must be a positive integer`.
 */

/** Thrown by loaders and `createPluginActivities` when a manifest is invalid; lists every problem. */
export class PluginManifestError extends Error {
  readonly code = 'WF_ERR_PLUGIN_MANIFEST_INVALID';
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} manifest problems:\n  ${problems.join('\n  ')}`);
    this.name = 'PluginManifestError';
  }
}

export const PLUGIN_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const KEBAB_ID_PATTERN = PLUGIN_ID_PATTERN;
export const CAMEL_NAME_PATTERN = /^[a-z][A-Za-z0-9]*$/;
export const TASK_QUEUE_PATTERN = /^[\w.-]{1,200}$/;
export const SEMVER_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Temporal's short duration strings, which is what the graph stores. */
export const SHORT_DURATION_PATTERN = /^[1-9]\d*(ms|s|m|h|d)$/;
/** Ids the platform keeps for itself. */
export const RESERVED_PLUGIN_IDS = new Set(['core', 'engine', 'workflows', 'plugin', 'plugins']);

export type Json = Record<string, unknown>;

export class ManifestProblems {
  readonly list: string[] = [];
  constructor(private readonly pluginLabel: string) {}

  add(field: string, problem: string): void {
    this.list.push(`plugin "${this.pluginLabel}": ${field} ${problem}`);
  }

  /** Both languages present and non-empty. */
  localized(value: unknown, field: string): void {
    if (!isObject(value)) return this.add(field, 'must be an object { "zh-CN": "…", en: "…" }');
    for (const locale of ['zh-CN', 'en']) {
      const text = value[locale];
      if (typeof text !== 'string' || text.trim() === '') this.add(`${field}.${locale}`, 'must be a non-empty string');
    }
    for (const key of Object.keys(value)) {
      if (key !== 'zh-CN' && key !== 'en') this.add(`${field}.${key}`, 'is not a supported language (zh-CN, en)');
    }
  }

  pattern(value: unknown, field: string, pattern: RegExp, what: string): void {
    if (typeof value !== 'string' || !pattern.test(value)) this.add(field, `must be ${what} (got ${show(value)})`);
  }

  unknownKeys(value: Json, field: string, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.add(field ? `${field}.${key}` : key, 'is not a known setting');
    }
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
