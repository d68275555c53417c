import { Type, type Static } from '@fastify/type-provider-typebox';

const FormId = Type.String({
  pattern: '^[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,99}$',
  description: 'The schema $id, <owner>/<name>; URL-encode the slash (core%2Fincident-report) or use /:owner/:name',
});
const Locale = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]);
const Json = Type.Record(Type.String(), Type.Unknown());

/** Either /api/forms/core%2Fincident-report/… or /api/forms/core/incident-report/…. */
export const FormIdParams = Type.Object({ id: FormId });
export const FormOwnerNameParams = Type.Object({
  owner: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
  name: Type.String({ pattern: '^[a-z][a-z0-9-]{0,99}$' }),
});
const VersionParam = { version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) };
export const FormVersionParams = Type.Object({ ...FormIdParams.properties, ...VersionParam });
export const FormOwnerNameVersionParams = Type.Object({ ...FormOwnerNameParams.properties, ...VersionParam });

/** Left loose on purpose: the publish checks report every problem as 422 with a JSON pointer. */
export const PublishFormBody = Type.Object(
  {
    schema: Type.Optional(Type.Unknown({ description: 'JSON Schema 2020-12 with $id <owner>/<name>' })),
    uiSchema: Type.Optional(Type.Unknown({ description: 'rjsf uiSchema' })),
    labels: Type.Optional(Type.Unknown({ description: '{ "zh-CN": { title, fields }, en: { title, fields } }' })),
    steps: Type.Optional(
      Type.Unknown({ description: '{ <userTaskId>: { default?, fields: { <path>: write|read|hidden } } }' }),
    ),
  },
  { description: 'A form document; see forms/README.md' },
);

export const FormVersionInfo = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  hash: Type.String(),
  source: Type.String({ description: 'api, or file:<path> for form sources loaded at start' }),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String(),
});
export type FormVersionInfo = Static<typeof FormVersionInfo>;

export const PublishedForm = Type.Object({ ...FormVersionInfo.properties, unchanged: Type.Boolean() });

export const StoredFormVersion = Type.Object({
  ...FormVersionInfo.properties,
  document: Type.Unknown({ description: 'The form document: schema, uiSchema, labels, steps' }),
});

export const FormSummary = Type.Object({
  id: Type.String(),
  latestVersion: Type.Integer(),
  title: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const ValidateFormBody = Type.Object(
  {
    data: Type.Unknown({ description: 'The submission' }),
    step: Type.Optional(Type.String({ pattern: '^[A-Za-z_][\\w.-]{0,199}$', description: 'User task id' })),
    current: Type.Optional(Json),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);
export type ValidateFormBody = Static<typeof ValidateFormBody>;

export const ValidateFormResponse = Type.Object({
  ok: Type.Literal(true),
  data: Json,
  removed: Type.Array(Type.String()),
});

export const FormViewQuery = Type.Object({
  step: Type.Optional(Type.String({ pattern: '^[A-Za-z_][\\w.-]{0,199}$' })),
  locale: Type.Optional(Locale),
});

export const FormViewResponse = Type.Object({
  schema: Json,
  uiSchema: Json,
  labels: Type.Unknown({ description: 'Labels in the requested language, without hidden fields' }),
  data: Json,
  fieldStates: Type.Record(Type.String(), Type.String()),
});

export const AttachmentInfo = Type.Object({
  id: Type.String({ format: 'uuid' }),
  filename: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  url: Type.String(),
});

export const AttachmentIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
