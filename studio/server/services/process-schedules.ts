/**
 * Keeps Temporal Schedules in step with deployed definitions: each timer start event of the
 * latest version has one schedule (created or updated on deploy); schedules of start events
 * the new version no longer has are deleted. Plugin schedules of a playbook (created on install,
 * `playbook:<key>:<id>`) are moved to each newly deployed version, keeping their time and variables.
 */

/** A plugin schedule as created: its id, when it fires and in which zone. */
export interface CreatedPlaybookSchedule {
  id: string;
  scheduleId: string;
  cron?: string;
  cycle?: string;
  timeZone: string;
}
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type Client } from '@temporalio/client';
import {
  playbookSchedule,
  playbookScheduleIdFor,
  scheduledProcessInput,
  scheduleIdFor,
  timerStartSchedules,
  type PlaybookScheduleEntry,
  type ProcessSchedule,
} from '../../../engine/schedules/index.js';
import type { ProcessInput } from '../../../engine/workflow/process-input.js';
import type { ProcessGraph } from '../../../engine/graph/index.js';

export interface DeployedVersion {
  id: string;
  key: string;
  version: number;
  graph: ProcessGraph;
}

export class ProcessSchedules {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    /** Zone a cron timer start is read in (SITE_TIME_ZONE). */
    private readonly siteTimeZone = 'UTC',
  ) {}

  /** Creates or updates the plugin schedules of one deployed playbook. */
  async syncPlaybook(
    def: DeployedVersion,
    entries: readonly PlaybookScheduleEntry[],
    timeZone: string,
  ): Promise<CreatedPlaybookSchedule[]> {
    const created: CreatedPlaybookSchedule[] = [];
    for (const entry of entries) {
      const schedule = playbookSchedule({
        schedule: entry,
        timeZone,
        definitionId: def.id,
        version: def.version,
        graph: def.graph,
        taskQueue: this.taskQueue,
      });
      await this.upsert(schedule);
      created.push({
        id: entry.id,
        scheduleId: schedule.scheduleId,
        ...(entry.cron ? { cron: entry.cron } : {}),
        ...(entry.cycle ? { cycle: entry.cycle } : {}),
        timeZone,
      });
    }
    return created;
  }

  private async upsert(schedule: ProcessSchedule): Promise<void> {
    try {
      await this.client.schedule.create(schedule);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await this.client.schedule.getHandle(schedule.scheduleId).update((previous) => ({
        ...previous,
        spec: schedule.spec,
        action: schedule.action,
        state: { ...previous.state, ...(schedule.state ?? {}) },
      }));
    }
  }

  /** Returns the ids of the schedules that now exist for this process. */
  async sync(def: DeployedVersion): Promise<string[]> {
    const wanted = timerStartSchedules({
      definitionId: def.id,
      version: def.version,
      graph: def.graph,
      taskQueue: this.taskQueue,
      now: new Date(),
      timeZone: this.siteTimeZone,
    });
    for (const schedule of wanted) await this.upsert(schedule);
    const keep = new Set(wanted.map((s) => s.scheduleId));
    const timerPrefix = scheduleIdFor(def.key, '');
    const playbookPrefix = playbookScheduleIdFor(def.key, '');
    // One pass over the namespace's schedules: drop timer starts this version no longer has, and
    // move the plugin schedules of this process to it.
    for await (const listed of this.client.schedule.list()) {
      if (listed.scheduleId.startsWith(timerPrefix) && !keep.has(listed.scheduleId)) {
        await this.client.schedule
          .getHandle(listed.scheduleId)
          .delete()
          .catch((err: unknown) => {
            if (!(err instanceof ScheduleNotFoundError)) throw err;
          });
      } else if (listed.scheduleId.startsWith(playbookPrefix)) {
        await this.moveToVersion(listed.scheduleId, def);
      }
    }
    return [...keep];
  }

  /** Points a plugin schedule at the version just deployed, keeping its time and variables. */
  private async moveToVersion(scheduleId: string, def: DeployedVersion): Promise<void> {
    await this.client.schedule.getHandle(scheduleId).update((previous) => {
      if (previous.action.type !== 'startWorkflow') return previous;
      const [old] = (previous.action.args ?? []) as ProcessInput[];
      const input = scheduledProcessInput(
        { definitionId: def.id, version: def.version, graph: def.graph },
        old?.variables,
      );
      return { ...previous, action: { ...previous.action, args: [input] } };
    });
  }
}
