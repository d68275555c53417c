/** Schemas of the read-only routes in routes/web-support.ts; the studio derives its types from them. */
import { Type } from '@fastify/type-provider-typebox';
import { DefinitionSummary } from './processes.js';

export const DefinitionDetail = Type.Object({
  ...DefinitionSummary.properties,
  bpmnXml: Type.String(),
  warnings: Type.Array(Type.Unknown()),
});
export const InstanceSummary = Type.Object({
  id: Type.String(),
  processKey: Type.String(),
  version: Type.Integer(),
  businessKey: Type.Union([Type.String(), Type.Null()]),
  startedBy: Type.String(),
  startedAt: Type.String({ format: 'date-time' }),
  status: Type.String(),
});
export const InstanceQuery = Type.Object({
  processKey: Type.Optional(Type.String({ maxLength: 200 })),
  businessKey: Type.Optional(Type.String({ maxLength: 200 })),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Part of the instance id or business key' })),
  status: Type.Optional(
    Type.Union(['running', 'completed', 'failed', 'terminated', 'cancelled'].map((s) => Type.Literal(s))),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export const TimelineEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  kind: Type.String({ description: 'started, taskOpened, taskCompleted, taskCancelled, taskInterrupted' }),
  nodeId: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  taskId: Type.Union([Type.String(), Type.Null()]),
});
export const ActivityEntry = Type.Object({
  ref: Type.String({ description: 'plugin.name@major, as written in wf:activity ref' }),
  plugin: Type.String(),
  name: Type.String(),
  major: Type.Integer(),
  description: Type.Optional(
    Type.Union([Type.String(), Type.Object({ 'zh-CN': Type.String(), en: Type.String() })], {
      description: 'core activities say it in English; plugin activities in zh-CN and en',
    }),
  ),
  taskQueue: Type.Optional(Type.String()),
  options: Type.Record(Type.String(), Type.Unknown()),
});
export const UserRow = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  supervisorId: Type.Union([Type.String(), Type.Null()]),
  groups: Type.Array(Type.String()),
});
export const StudioSettings = Type.Object({
  temporalUiUrl: Type.Union([Type.String(), Type.Null()]),
  temporalNamespace: Type.String(),
});
