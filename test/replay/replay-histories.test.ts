import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundleEngineWorkflows } from '../../engine/worker/index.js';

const dir = path.join(import.meta.dirname, 'histories');

describe('recorded interpreter histories', () => {
  it('should replay every recorded history without a nondeterminism error', async () => {
    // given
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.json$/, ''),
        history: historyFromJSON(JSON.parse(await readFile(path.join(dir, file), 'utf8'))),
      })),
    );
    const workflowBundle = await bundleEngineWorkflows();
    // when
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    // then
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
  });

  it('should fail the replay when the code would schedule a different activity', async () => {
    // given: the recorded service task, as if an older interpreter had called another activity
    const json = JSON.parse(await readFile(path.join(dir, 'bpmnProcess.service-task.json'), 'utf8')) as {
      events: Array<{ activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }>;
    };
    const scheduled = json.events.find(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'core.echo@1',
    );
    scheduled!.activityTaskScheduledEventAttributes!.activityType!.name = 'core.log@1';
    // when
    const replay = Worker.runReplayHistory(
      { workflowBundle: await bundleEngineWorkflows() },
      historyFromJSON(json),
      'bpmnProcess.service-task',
    );
    // then
    await expect(replay).rejects.toThrow(/[Nn]ondeterminism/);
  });
});
