import { Type, type Static } from '@fastify/type-provider-typebox';

const Id = Type.String({ pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', maxLength: 100 });

export const LocalizedText = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });

export const PluginActivity = Type.Object({
  /** `plugin.name@major`: what a BPMN service task refers to. */
  ref: Type.String(),
  name: Type.String(),
  major: Type.Integer(),
  description: LocalizedText,
  taskQueue: Type.Optional(Type.String()),
  timeout: Type.String(),
  maximumAttempts: Type.Integer(),
});

export const PluginPlaybook = Type.Object({
  id: Type.String(),
  name: LocalizedText,
  description: LocalizedText,
  /** The process key the playbook deploys as. */
  processKey: Type.String(),
});

export const PluginSchedule = Type.Object({
  id: Type.String(),
  playbook: Type.String(),
  /** Cron in `timeZone` (time-of-day duties) … */
  cron: Type.Optional(Type.String()),
  /** … or an ISO 8601 repeating interval. */
  cycle: Type.Optional(Type.String()),
  /** The manifest's zone, if it names one (else the zone chosen at install). */
  timeZone: Type.Optional(Type.String()),
  name: LocalizedText,
  source: Type.Optional(Type.String()),
});

export const PluginSummary = Type.Object({
  id: Type.String(),
  version: Type.String(),
  name: LocalizedText,
  description: LocalizedText,
  /** `plugins/<id>/plugin.ts` or `npm:<package>`. */
  source: Type.String(),
  taskQueue: Type.Optional(Type.String()),
  activities: Type.Array(PluginActivity),
  playbooks: Type.Array(PluginPlaybook),
  forms: Type.Array(Type.String()),
  schedules: Type.Array(PluginSchedule),
});
export type PluginSummary = Static<typeof PluginSummary>;

export const InstallPlaybookParams = Type.Object({ id: Id, playbook: Id });

export const InstallPlaybookResponse = Type.Object({
  plugin: Type.String(),
  playbook: Type.String(),
  processes: Type.Array(
    Type.Object({ key: Type.String(), id: Type.String(), version: Type.Integer(), unchanged: Type.Boolean() }),
  ),
  forms: Type.Array(Type.Object({ id: Type.String(), version: Type.Integer(), unchanged: Type.Boolean() })),
  schedules: Type.Array(
    Type.Object({
      id: Type.String(),
      scheduleId: Type.String({ description: 'The Temporal Schedule id' }),
      cron: Type.Optional(Type.String()),
      cycle: Type.Optional(Type.String()),
      timeZone: Type.String(),
    }),
  ),
});

export const InstallPlaybookBody = Type.Union([
  Type.Object(
    {
      timeZone: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 64,
          description: "IANA zone the playbook's schedules fire in; default SITE_TIME_ZONE",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Null(),
]);
