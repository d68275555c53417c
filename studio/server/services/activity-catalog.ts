/**
 * The activities a diagram may call, keyed `plugin.name@major`. The engine's built-ins are
 * always present; plugins add theirs when they are loaded (the engine never imports them).
 */
import type { ActivityInfo, CompileContext } from '../../../engine/bpmn/index.js';

export class ActivityCatalog {
  private readonly entries = new Map<string, ActivityInfo>();

  constructor(initial: Iterable<ActivityInfo> = []) {
    for (const info of initial) this.add(info);
  }

  add(info: ActivityInfo): void {
    const ref = `${info.plugin}.${info.name}@${info.major}`;
    if (this.entries.has(ref)) throw new Error(`Activity ${ref} is registered twice`);
    this.entries.set(ref, info);
  }

  list(): ActivityInfo[] {
    return [...this.entries.values()];
  }

  compileContext(extra: Partial<CompileContext> = {}): CompileContext {
    return {
      findActivity: (plugin, name, major) => this.entries.get(`${plugin}.${name}@${major}`),
      ...extra,
    };
  }
}
