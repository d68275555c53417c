/**
 * Keeps Temporal Schedules in step with deployed definitions: each timer start event of the
 * latest version has one schedule (created or updated on deploy); schedules of start events
 * the new version no longer has are deleted.
 */
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type Client } from '@temporalio/client';
import { scheduleIdFor, timerStartSchedules } from '../../../engine/schedules/index.js';
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
  ) {}

  /** Returns the ids of the schedules that now exist for this process. */
  async sync(def: DeployedVersion): Promise<string[]> {
    const wanted = timerStartSchedules({
      definitionId: def.id,
      version: def.version,
      graph: def.graph,
      taskQueue: this.taskQueue,
      now: new Date(),
    });
    for (const schedule of wanted) {
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
    const keep = new Set(wanted.map((s) => s.scheduleId));
    const prefix = scheduleIdFor(def.key, '');
    for await (const listed of this.client.schedule.list()) {
      if (listed.scheduleId.startsWith(prefix) && !keep.has(listed.scheduleId)) {
        await this.client.schedule
          .getHandle(listed.scheduleId)
          .delete()
          .catch((err: unknown) => {
            if (!(err instanceof ScheduleNotFoundError)) throw err;
          });
      }
    }
    return [...keep];
  }
}
