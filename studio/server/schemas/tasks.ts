import { Type, type Static } from '@fastify/type-provider-typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const SlaState = Type.Union([
  Type.Literal('none'),
  Type.Literal('onTime'),
  Type.Literal('dueSoon'),
  Type.Literal('overdue'),
]);

export const TaskSummary = Type.Object({
  id: Type.String(),
  name: Nullable(Type.String()),
  processKey: Type.String(),
  instanceId: Type.String(),
  nodeId: Type.String(),
  businessKey: Nullable(Type.String()),
  formId: Nullable(Type.String()),
  formVersion: Type.Union([Type.Integer(), Type.Null()]),
  assignee: Nullable(Type.String()),
  owner: Nullable(Type.String()),
  candidateUsers: Type.Array(Type.String()),
  candidateGroups: Type.Array(Type.String()),
  outcomes: Type.Array(Type.String()),
  priority: Type.Integer(),
  dueAt: Nullable(Type.String({ format: 'date-time' })),
  sla: SlaState,
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
  completedBy: Nullable(Type.String()),
  startedBy: Nullable(Type.String()),
});

export const SendBackTarget = Type.Object({
  nodeId: Type.String({ description: 'user task id, the `to` of POST /api/tasks/:id/send-back' }),
  name: Nullable(Type.String({ description: "the step's name when it ran before in this instance" })),
});

export const TaskDetail = Type.Object({
  ...TaskSummary.properties,
  input: Type.Record(Type.String(), Type.Unknown()),
  data: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  form: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  sendBackTargets: Type.Union([Type.Array(SendBackTarget), Type.Null()], {
    description: 'Earlier steps the model lets this task be sent back to (退回); null when not recorded (older tasks)',
  }),
});

export const InboxQuerystring = Type.Object(
  {
    scope: Type.Optional(
      Type.Union(
        [
          Type.Literal('mine'),
          Type.Literal('groups'),
          Type.Literal('completed'),
          Type.Literal('started'),
          Type.Literal('all'),
        ],
        {
          default: 'mine',
        },
      ),
    ),
    processKey: Type.Optional(Type.String({ maxLength: 200 })),
    businessKey: Type.Optional(Type.String({ maxLength: 200 })),
    sla: Type.Optional(Type.Union([Type.Literal('onTime'), Type.Literal('dueSoon'), Type.Literal('overdue')])),
    sort: Type.Optional(Type.Union([Type.Literal('dueAt'), Type.Literal('createdAt'), Type.Literal('priority')])),
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: true, description: 'Business fields filter as field.<name>=<value>' },
);
export type InboxQuerystring = Static<typeof InboxQuerystring>;

export const TaskList = Type.Object({ items: Type.Array(TaskSummary), total: Type.Integer() });

export const InboxCounts = Type.Object({
  mine: Type.Integer(),
  groups: Type.Integer(),
  completed: Type.Integer(),
  started: Type.Integer(),
});

export const TaskIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const CompleteTaskBody = Type.Object(
  {
    data: Type.Record(Type.String(), Type.Unknown()),
    outcome: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const CompleteTaskResult = Type.Object({
  taskId: Type.String(),
  nodeId: Type.String(),
  outcome: Type.Optional(Type.String()),
  completedBy: Type.String(),
  completedAt: Type.String(),
});

export const ToUserBody = Type.Object(
  { to: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export const UrgeBody = Type.Object(
  { message: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const CcBody = Type.Object(
  { users: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
