/**
 * Process-level timer start events become Temporal Schedules: each firing starts a new
 * `bpmnProcess` instance at that start event. This module only builds the ScheduleOptions;
 * the API server creates, updates or deletes the schedules when a version is deployed.
 */
import type { ScheduleOptions, ScheduleOptionsStartWorkflowAction } from '@temporalio/client';
import type { ProcessGraph, StartEventNode } from '../graph/index.js';
import type { bpmnProcess } from '../workflow/index.js';
import type { ProcessInput } from '../workflow/process-input.js';
import { addIsoDuration, isoDurationMs, parseCycle } from '../workflow/timers.js';

export interface TimerStartScheduleRequest {
  definitionId: string;
  version: number;
  graph: ProcessGraph;
  taskQueue: string;
  /** Variables every scheduled instance starts with. */
  variables?: Record<string, unknown>;
  /** Deploy time: the base for a `duration` timer (start once, that long after deploying). */
  now: Date;
  /** IANA zone a cron timer is read in (the site's zone); default UTC. */
  timeZone?: string;
}

export type ProcessSchedule = ScheduleOptions<ScheduleOptionsStartWorkflowAction<typeof bpmnProcess>>;

/** Thrown for timers a schedule cannot express (FEEL values, calendar-length cycles). */
export class ScheduleDefinitionError extends Error {
  readonly code = 'WF_ERR_SCHEDULE_TIMER_UNSUPPORTED';
  constructor(
    readonly elementId: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScheduleDefinitionError';
  }
}

/** Stable per process key and start event, so deploying a new version replaces the schedule. */
export function scheduleIdFor(processKey: string, startNodeId: string): string {
  return `process:${processKey}:${startNodeId}`;
}

/** One schedule per timer start event of the process (none when it has no timer start). */
export function timerStartSchedules(req: TimerStartScheduleRequest): ProcessSchedule[] {
  const starts = req.graph.startNodeIds
    .map((id) => req.graph.nodes[id])
    .filter((n): n is StartEventNode => n?.type === 'startEvent' && n.trigger.kind === 'timer');
  return starts.map((start) => {
    const input: ProcessInput = {
      definitionId: req.definitionId,
      processKey: req.graph.key,
      version: req.version,
      graph: req.graph,
      startNodeId: start.id,
      ...(req.variables ? { variables: req.variables } : {}),
      startedBy: 'schedule',
    };
    return {
      scheduleId: scheduleIdFor(req.graph.key, start.id),
      ...specFor(start, req.now, req.timeZone ?? 'UTC'),
      action: {
        type: 'startWorkflow',
        workflowType: 'bpmnProcess',
        workflowId: `${req.graph.key}-scheduled`,
        taskQueue: req.taskQueue,
        args: [input],
      },
      // A BPMN timer start never runs two instances of one firing at once.
      policies: { overlap: 'SKIP' },
    };
  });
}

function specFor(start: StartEventNode, now: Date, timeZone: string): Pick<ProcessSchedule, 'spec' | 'state'> {
  const timer = start.trigger.kind === 'timer' ? start.trigger.timer : undefined;
  if (!timer || !('literal' in timer.value)) {
    throw new ScheduleDefinitionError(
      start.id,
      'A timer start event needs a literal timer value (no FEEL: there are no variables yet).',
    );
  }
  const text = timer.value.literal.trim();
  if (timer.kind === 'date' || timer.kind === 'duration') {
    const at = timer.kind === 'date' ? Date.parse(text) : addIsoDuration(now.getTime(), text);
    if (at === undefined || Number.isNaN(at))
      throw new ScheduleDefinitionError(start.id, `"${text}" is not a valid ${timer.kind}`);
    return { spec: { calendars: [calendarAt(new Date(at))] }, state: { remainingActions: 1 } };
  }
  return repeatingSpec(text, timeZone, start.id);
}

/**
 * An ISO 8601 repeating interval (`R/P1D`, `R5/2025-01-01T08:00:00Z/PT4H`) as fixed intervals, or
 * anything else as a cron expression read in `timeZone` (as Zeebe does).
 */
export function repeatingSpec(
  text: string,
  timeZone: string,
  elementId: string,
): Pick<ProcessSchedule, 'spec' | 'state'> {
  const cycle = parseCycle(text);
  if (!cycle) return { spec: { cronExpressions: [text], timezone: timeZone } };
  const every = isoDurationMs(cycle.duration);
  if (every === undefined || /[YM]/.test(cycle.duration.split('T')[0] ?? '')) {
    throw new ScheduleDefinitionError(
      elementId,
      `"${cycle.duration}" has calendar parts (years, months); use a cron expression`,
    );
  }
  const startAt = cycle.startMs !== undefined ? new Date(cycle.startMs) : undefined;
  return {
    spec: {
      intervals: [{ every, ...(startAt ? { offset: startAt.getTime() % every } : {}) }],
      ...(startAt ? { startAt } : {}),
    },
    ...(cycle.repeat !== undefined ? { state: { remainingActions: cycle.repeat } } : {}),
  };
}

function calendarAt(at: Date) {
  return {
    year: at.getUTCFullYear(),
    month: (
      [
        'JANUARY',
        'FEBRUARY',
        'MARCH',
        'APRIL',
        'MAY',
        'JUNE',
        'JULY',
        'AUGUST',
        'SEPTEMBER',
        'OCTOBER',
        'NOVEMBER',
        'DECEMBER',
      ] as const
    )[at.getUTCMonth()],
    dayOfMonth: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}
