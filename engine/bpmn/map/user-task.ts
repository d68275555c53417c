import type { ModdleElement } from 'bpmn-moddle';
import type { UserTaskNode, ValueSource } from '../../graph/index.js';
import { normaliseList, present, readInteger } from '../attribute-values.js';
import { isFeel, readValueSource } from '../feel.js';
import { BpmnErrorCode, BpmnWarningCode } from '../problems.js';
import { isIsoDateTime, isIsoDuration } from '../timers.js';
import { readFormRef } from './form-ref.js';
import type { MapContext } from './map-context.js';
import { displayName, nodeBase } from './node-base.js';

/**
 * User tasks. Analysts' untyped tasks and manual tasks become user tasks too (a person has to
 * confirm they are done), reported as warnings so the author sees the default.
 */
export function mapUserTask(task: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = task.id!;
  if (task.$type === 'bpmn:Task') {
    mc.problems.warn(
      BpmnWarningCode.UntypedTask,
      `Task "${displayName(task) ?? id}" has no type; it runs as a user task.`,
      id,
    );
  } else if (task.$type === 'bpmn:ManualTask') {
    mc.problems.warn(BpmnWarningCode.ManualTask, `Manual task "${displayName(task) ?? id}" runs as a user task.`, id);
  }
  const assignment = mc.reader.assignment(task);
  const schedule = mc.reader.schedule(task);
  const form = readFormRef(task, mc);
  const assignee = readAssignment(assignment?.assignee, 'Assignee', id, mc, false);
  const candidateUsers = readAssignment(assignment?.candidateUsers, 'Candidate users', id, mc, true);
  const candidateGroups = readAssignment(assignment?.candidateGroups, 'Candidate groups', id, mc, true);
  const dueDate = readDueDate(schedule?.dueDate, id, mc);
  const priority = readInteger(schedule?.priority, 'Priority', id, mc.problems, { min: 0, max: 100 });
  const outcomes = readOutcomes(mc.reader.outcomes(task), id, mc);
  const sendBack = present(mc.reader.sendBackTargets(task));
  const sendBackTargets = sendBack ? normaliseList(sendBack).split(',').filter(Boolean) : undefined;
  const node: UserTaskNode = {
    ...nodeBase(task, scope, mc),
    type: 'userTask',
    ...(form ? { form } : {}),
    ...(assignee ? { assignee } : {}),
    ...(candidateUsers ? { candidateUsers } : {}),
    ...(candidateGroups ? { candidateGroups } : {}),
    ...(dueDate ? { dueDate } : {}),
    ...(priority !== undefined ? { priority } : {}),
    ...(outcomes ? { outcomes } : {}),
    ...(sendBackTargets?.length ? { sendBackTargets } : {}),
  };
  return node;
}

function readAssignment(
  raw: string | undefined,
  what: string,
  elementId: string,
  mc: MapContext,
  isList: boolean,
): ValueSource | undefined {
  const value = present(raw);
  if (!value) return undefined;
  const source = readValueSource(value, what, elementId, mc.problems);
  if (source && 'literal' in source && isList) return { literal: normaliseList(source.literal) };
  return source;
}

/** Due dates are an ISO duration from task creation, an ISO date-time, or FEEL. */
function readDueDate(raw: string | undefined, elementId: string, mc: MapContext): ValueSource | undefined {
  const value = present(raw);
  if (!value) return undefined;
  if (!isFeel(value) && !isIsoDuration(value) && !isIsoDateTime(value)) {
    mc.problems.error(
      BpmnErrorCode.InvalidAttribute,
      `Due date "${value}" is not an ISO 8601 duration or date-time, nor FEEL.`,
      elementId,
    );
    return undefined;
  }
  return readValueSource(value, 'Due date', elementId, mc.problems);
}

function readOutcomes(raw: string | undefined, elementId: string, mc: MapContext): string[] | undefined {
  if (raw === undefined) return undefined;
  const outcomes = normaliseList(raw).split(',').filter(Boolean);
  if (outcomes.length === 0 || new Set(outcomes).size !== outcomes.length) {
    mc.problems.error(
      BpmnErrorCode.InvalidAttribute,
      `Outcomes "${raw}" must be distinct, non-empty names.`,
      elementId,
    );
    return undefined;
  }
  return outcomes;
}
