/**
 * The golden-run file, `<playbook>.<scenario>.run.json` next to the BPMN: how a run starts,
 * what people and the clock do, and what must be true at the end. The TypeBox schemas below are
 * the format's definition; each step kind is checked on its own so messages name the step.
 */
import { readFile } from 'node:fs/promises';
import { Type, type Static } from 'typebox';
import { compileActivitySchema, describeViolations } from '../activity-schemas.js';

const Strict = { additionalProperties: false } as const;
const Variables = Type.Record(Type.String(), Type.Unknown());

export const TaskStep = Type.Object(
  {
    /** Id of the BPMN user task that must be open. */
    task: Type.String({ minLength: 1 }),
    /** The form data (validated against the task's form at this step) and the chosen outcome. */
    complete: Type.Object({ data: Variables, outcome: Type.Optional(Type.String({ minLength: 1 })) }, Strict),
    /** Username completing it; defaults to `start.startedBy`, else `golden-run`. */
    actor: Type.Optional(Type.String({ minLength: 1 })),
    expectAssignee: Type.Optional(Type.String()),
    expectCandidateGroups: Type.Optional(Type.Array(Type.String())),
  },
  Strict,
);
/** 退回: the open task at `task` is sent back to the earlier user task `to` (one of its send-back targets). */
export const SendBackStep = Type.Object(
  {
    sendBack: Type.Object(
      {
        task: Type.String({ minLength: 1 }),
        to: Type.String({ minLength: 1 }),
        reason: Type.Optional(Type.String({ maxLength: 500 })),
        actor: Type.Optional(Type.String({ minLength: 1 })),
      },
      Strict,
    ),
  },
  Strict,
);

/** Skips workflow time by an ISO 8601 duration (`PT4H`, `P3D`): timers due in between fire. */
export const AdvanceStep = Type.Object({ advance: Type.String({ pattern: '^P' }) }, Strict);
export const MessageStep = Type.Object(
  {
    message: Type.Object(
      {
        name: Type.String({ minLength: 1 }),
        correlationKey: Type.Optional(Type.String()),
        payload: Type.Optional(Variables),
      },
      Strict,
    ),
  },
  Strict,
);
/** Waits until an incident is open at this node (time advances in 1 s steps meanwhile, so retries pass). */
export const ExpectIncidentStep = Type.Object({ expectIncident: Type.String({ minLength: 1 }) }, Strict);

export const GoldenRunExpect = Type.Object(
  {
    status: Type.Union([Type.Literal('completed'), Type.Literal('running')]),
    /** Node ids that must appear in `completedNodes`, in this order (others may come between). */
    path: Type.Optional(Type.Array(Type.String())),
    /** Node ids that must not appear in `completedNodes`. */
    notPath: Type.Optional(Type.Array(Type.String())),
    /** A subset of the process variables at the end (objects compared by their listed keys). */
    variables: Type.Optional(Variables),
  },
  Strict,
);

export const GoldenRunHeader = Type.Object(
  {
    description: Type.String({ minLength: 1 }),
    /** The seed rule the run checks: `<seed file> <heading>`. */
    seedRule: Type.Optional(Type.String()),
    /** A process key, or the file name of a `.bpmn` in the same folder. */
    process: Type.String({ minLength: 1 }),
    start: Type.Object(
      {
        variables: Type.Optional(Variables),
        businessKey: Type.Optional(Type.String({ minLength: 1 })),
        startedBy: Type.Optional(Type.String({ minLength: 1 })),
      },
      Strict,
    ),
    steps: Type.Array(Type.Unknown()),
    expect: GoldenRunExpect,
  },
  Strict,
);

export type TaskStep = Static<typeof TaskStep>;
export type AdvanceStep = Static<typeof AdvanceStep>;
export type MessageStep = Static<typeof MessageStep>;
export type ExpectIncidentStep = Static<typeof ExpectIncidentStep>;
export type SendBackStep = Static<typeof SendBackStep>;
export type GoldenRunStep = TaskStep | SendBackStep | AdvanceStep | MessageStep | ExpectIncidentStep;
export type GoldenRunExpect = Static<typeof GoldenRunExpect>;
export type GoldenRunFile = Omit<Static<typeof GoldenRunHeader>, 'steps'> & { steps: GoldenRunStep[] };

const STEP_KINDS = [
  ['task', compileActivitySchema(TaskStep)],
  ['sendBack', compileActivitySchema(SendBackStep)],
  ['advance', compileActivitySchema(AdvanceStep)],
  ['message', compileActivitySchema(MessageStep)],
  ['expectIncident', compileActivitySchema(ExpectIncidentStep)],
] as const;
const checkHeader = compileActivitySchema(GoldenRunHeader);

/** Checks a parsed run file; throws one message listing what is wrong, by JSON pointer. */
export function parseGoldenRun(value: unknown, label: string): GoldenRunFile {
  const problems = checkHeader(value).map((v) => `${v.pointer} ${v.message}`);
  const steps = (value as { steps?: unknown })?.steps;
  if (Array.isArray(steps)) {
    steps.forEach((step, i) => {
      const kind = STEP_KINDS.find(([key]) => typeof step === 'object' && step !== null && key in step);
      if (!kind) problems.push(`/steps/${i} must have one of task, sendBack, advance, message, expectIncident`);
      else {
        const found = kind[1](step);
        if (found.length) problems.push(`/steps/${i} (${kind[0]}): ${describeViolations(found)}`);
      }
    });
  }
  if (problems.length) throw new Error(`golden run ${label} is not a valid run file:\n  ${problems.join('\n  ')}`);
  return value as GoldenRunFile;
}

export async function readGoldenRun(file: string, label: string): Promise<GoldenRunFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`golden run ${label} cannot be read: ${(err as Error).message}`);
  }
  return parseGoldenRun(parsed, label);
}
