/**
 * Recurring starts declared by a plugin for one of its playbooks (`schedules` in the manifest):
 * each becomes a Temporal Schedule that starts the deployed process at its none start event.
 * A `cron` is read in the site's time zone, so "16:00" means 16:00 at the tobacco district, not UTC.
 */
import type { ProcessGraph } from '../graph/index.js';
import type { ProcessInput } from '../workflow/process-input.js';
import { repeatingSpec, ScheduleDefinitionError, type ProcessSchedule } from './timer-start-schedules.js';

export interface PlaybookScheduleEntry {
  /** The manifest's schedule id (kebab-case, unique in the plugin). */
  id: string;
  cron?: string;
  cycle?: string;
  variables?: Record<string, unknown>;
}

export interface PlaybookScheduleRequest {
  schedule: PlaybookScheduleEntry;
  /** IANA zone the cron is read in. */
  timeZone: string;
  definitionId: string;
  version: number;
  graph: ProcessGraph;
  taskQueue: string;
}

/** Stable per process key and schedule, so re-installing or redeploying updates it in place. */
export function playbookScheduleIdFor(processKey: string, scheduleId: string): string {
  return `playbook:${processKey}:${scheduleId}`;
}

/** The process's none start event: where a scheduled (or manual) instance begins. */
export function noneStartNodeId(graph: ProcessGraph): string {
  const id = graph.startNodeIds.find((n) => {
    const node = graph.nodes[n];
    return node?.type === 'startEvent' && node.trigger.kind === 'none';
  });
  if (!id) {
    throw new ScheduleDefinitionError(
      graph.key,
      `Process ${graph.key} has no none start event, so a schedule cannot start it`,
    );
  }
  return id;
}

/** The workflow input a scheduled start of this version uses. */
export function scheduledProcessInput(
  req: Pick<PlaybookScheduleRequest, 'definitionId' | 'version' | 'graph'>,
  variables: Record<string, unknown> | undefined,
): ProcessInput {
  return {
    definitionId: req.definitionId,
    processKey: req.graph.key,
    version: req.version,
    graph: req.graph,
    startNodeId: noneStartNodeId(req.graph),
    ...(variables ? { variables } : {}),
    startedBy: 'schedule',
  };
}

export function playbookSchedule(req: PlaybookScheduleRequest): ProcessSchedule {
  const { schedule } = req;
  const when = schedule.cron ?? schedule.cycle;
  if (!when) throw new ScheduleDefinitionError(schedule.id, `Schedule ${schedule.id} needs a cron or a cycle`);
  const scheduleId = playbookScheduleIdFor(req.graph.key, schedule.id);
  return {
    scheduleId,
    ...repeatingSpec(when.trim(), req.timeZone, schedule.id),
    action: {
      type: 'startWorkflow',
      workflowType: 'bpmnProcess',
      workflowId: `${req.graph.key}-${schedule.id}`,
      taskQueue: req.taskQueue,
      args: [scheduledProcessInput(req, schedule.variables)],
    },
    // Each day's duty is its own work: yesterday's unfinished routine does not cancel today's.
    policies: { overlap: 'ALLOW_ALL' },
    memo: { processKey: req.graph.key, schedule: schedule.id, timeZone: req.timeZone },
  };
}
