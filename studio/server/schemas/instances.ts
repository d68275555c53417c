import { Type } from '@fastify/type-provider-typebox';

export const Incident = Type.Object({}, { additionalProperties: true });

export const InstanceView = Type.Object({
  id: Type.String(),
  processKey: Type.String(),
  version: Type.Integer(),
  businessKey: Type.Union([Type.String(), Type.Null()]),
  startedBy: Type.String(),
  startedAt: Type.String({ format: 'date-time' }),
  status: Type.String(),
  activeNodes: Type.Array(Type.String()),
  completedNodes: Type.Array(Type.String()),
  incidents: Type.Array(Incident),
  variables: Type.Record(Type.String(), Type.Unknown()),
});

export const InstanceIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });
