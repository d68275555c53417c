/**
 * The plugin catalog as the server answers it (GET /api/plugins), plus the built-in `core`
 * activities, which belong to no plugin, from the activity catalogue (GET /api/activities).
 */
import type { Static } from '@fastify/type-provider-typebox';
import type {
  InstallPlaybookResponse as InstallSchema,
  PluginSummary as PluginSchema,
} from '../../../server/schemas/plugins';
import type { ActivityEntry } from '../api/types';

export type PluginSummary = Static<typeof PluginSchema>;
export type InstallPlaybookResponse = Static<typeof InstallSchema>;
export type Localized = PluginSummary['name'];

/** Activities no installed plugin lists: the engine's built-ins. */
export function builtInActivities(activities: ActivityEntry[], plugins: PluginSummary[]): ActivityEntry[] {
  const listed = new Set(plugins.flatMap((p) => p.activities.map((a) => a.ref)));
  return activities.filter((a) => !listed.has(a.ref));
}
