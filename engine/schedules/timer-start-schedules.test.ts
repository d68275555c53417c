import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSpec } from '../workflow/test-support/graph-builder.js';
import { buildGraph, n } from '../workflow/test-support/graph-builder.js';
import { type EngineHarness, startEngineHarness } from '../workflow/test-support/harness.js';
import { waitFor } from '../workflow/test-support/wait-for.js';
import { ScheduleDefinitionError, timerStartSchedules } from './index.js';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness('schedules');
});
afterAll(async () => {
  await h?.close();
});

const timerStart = (id: string, kind: 'cycle' | 'date' | 'duration', literal: string): NodeSpec =>
  n.start(id, { trigger: { kind: 'timer', timer: { kind, value: { literal } } } });
const now = new Date('2025-03-01T08:00:00Z');

describe('timer start schedules', () => {
  it('should map ISO cycles, dates and cron text to schedule specs', () => {
    // given
    const graph = buildGraph(
      'report',
      [
        n.start('manual'),
        timerStart('hourly', 'cycle', 'R/PT1H'),
        timerStart('thrice', 'cycle', 'R3/2025-03-02T09:00:00Z/P1D'),
        timerStart('once', 'date', '2025-04-01T06:30:00Z'),
        timerStart('weekdays', 'cycle', '0 9 * * MON-FRI'),
        n.end('end'),
      ],
      [
        ['manual', 'end'],
        ['hourly', 'end'],
        ['thrice', 'end'],
        ['once', 'end'],
        ['weekdays', 'end'],
      ],
    );
    // when
    const schedules = timerStartSchedules({ definitionId: 'report:1', version: 1, graph, taskQueue: 'q', now });
    // then
    expect(schedules.map((s) => s.scheduleId)).toEqual([
      'process:report:hourly',
      'process:report:thrice',
      'process:report:once',
      'process:report:weekdays',
    ]);
    expect(schedules[0]?.spec).toEqual({ intervals: [{ every: 3_600_000 }] });
    expect(schedules[1]).toMatchObject({
      spec: { intervals: [{ every: 86_400_000, offset: 32_400_000 }] },
      state: { remainingActions: 3 },
    });
    expect(schedules[2]).toMatchObject({
      spec: { calendars: [{ year: 2025, month: 'APRIL', dayOfMonth: 1, hour: 6, minute: 30 }] },
      state: { remainingActions: 1 },
    });
    expect(schedules[3]?.spec).toEqual({ cronExpressions: ['0 9 * * MON-FRI'], timezone: 'UTC' });
    expect(schedules[0]?.action.args[0]).toMatchObject({
      startNodeId: 'hourly',
      processKey: 'report',
      startedBy: 'schedule',
    });
  });

  it('should refuse FEEL timers and month-long cycles', () => {
    // given
    const feel = buildGraph(
      'feel',
      [n.start('s', { trigger: { kind: 'timer', timer: { kind: 'cycle', value: { feel: 'x' } } } }), n.end('e')],
      [['s', 'e']],
    );
    const monthly = buildGraph('monthly', [timerStart('s', 'cycle', 'R/P1M'), n.end('e')], [['s', 'e']]);
    // when / then
    expect(() => timerStartSchedules({ definitionId: 'f:1', version: 1, graph: feel, taskQueue: 'q', now })).toThrow(
      ScheduleDefinitionError,
    );
    expect(() => timerStartSchedules({ definitionId: 'm:1', version: 1, graph: monthly, taskQueue: 'q', now })).toThrow(
      /cron/,
    );
  });

  it('should start an instance at the timer start event when the schedule fires', async () => {
    // given
    const graph = buildGraph(
      `tick-${Date.now()}`,
      [n.start('manual'), timerStart('tick', 'cycle', 'R/P1D'), n.script('mark', '"scheduled"', 'via'), n.end('end')],
      [
        ['manual', 'end'],
        ['tick', 'mark'],
        ['mark', 'end'],
      ],
    );
    const [options] = timerStartSchedules({
      definitionId: `${graph.key}:1`,
      version: 1,
      graph,
      taskQueue: h.taskQueue,
      now,
    });
    const schedule = await h.client.schedule.create({ ...options!, state: { paused: true } });
    // when
    await schedule.trigger();
    const started = await waitFor(
      async () => (await schedule.describe()).info.recentActions[0]?.action.workflow.workflowId,
    );
    const result = await h.client.workflow.getHandle(started).result();
    await schedule.delete();
    // then
    expect(result).toMatchObject({ status: 'completed', variables: { via: 'scheduled' } });
  });
});
