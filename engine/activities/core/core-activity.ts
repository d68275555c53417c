import type { ActivityOptions } from '../../graph/index.js';
import type { EngineDeps } from '../deps.js';

/** A built-in activity: registered as `core.<name>@<major>`. */
export interface CoreActivityDefinition {
  name: string;
  major: number;
  description: string;
  /** Options the compiler copies into the graph unless the diagram overrides them. */
  options?: Partial<ActivityOptions>;
  create(deps: EngineDeps): (input: unknown) => Promise<unknown>;
}
