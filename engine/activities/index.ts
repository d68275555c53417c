/**
 * Activities the engine worker registers: the interpreter's own (`engine.*`) and the
 * built-in `core.*@1` service-task activities. Plugin activities are added by the host.
 */
import { createCoreActivities } from './core-catalog.js';
import type { EngineDeps } from './deps.js';
import { createEngineOwnActivities, type EngineActivityFunctions } from './engine-activities.js';

export type EngineActivities = EngineActivityFunctions & Record<string, (input: never) => Promise<unknown>>;

/** Builds every engine activity from its dependencies, keyed by Temporal activity type. */
export function createEngineActivities(deps: EngineDeps): EngineActivities {
  return { ...createCoreActivities(deps), ...createEngineOwnActivities(deps) } as EngineActivities;
}

export { coreActivityCatalog, DEFAULT_ACTIVITY_OPTIONS, type CoreActivityCatalogEntry } from './core-catalog.js';
export type { CoreActivityDefinition } from './core/core-activity.js';
export type * from './deps.js';
export type { CloseTaskInput, EngineActivityFunctions, LoadDefinitionInput } from './engine-activities.js';
export {
  InMemoryDefinitionStore,
  InMemoryMessagePublisher,
  InMemoryTaskStore,
  MemoryLogger,
  type StoredTask,
} from './memory-stores.js';
