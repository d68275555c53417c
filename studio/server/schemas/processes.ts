import { Type, type Static } from '@fastify/type-provider-typebox';

export const CompileProblem = Type.Object({
  code: Type.String(),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  message: Type.String(),
  elementId: Type.Optional(Type.String()),
  line: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.Integer()),
});

export const DefinitionSummary = Type.Object({
  id: Type.String(),
  key: Type.String(),
  version: Type.Integer(),
  name: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String(),
});

export const DeployResponse = Type.Object({
  ...DefinitionSummary.properties,
  warnings: Type.Array(CompileProblem),
  unchanged: Type.Boolean(),
});

export const DeployJsonBody = Type.Object({ bpmnXml: Type.String({ minLength: 1 }) }, { additionalProperties: false });

export const StartInstanceBody = Type.Object(
  {
    variables: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    businessKey: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type StartInstanceBody = Static<typeof StartInstanceBody>;

export const ProcessKeyParams = Type.Object({ key: Type.String({ pattern: '^[A-Za-z_][\\w.-]{0,199}$' }) });
