import { describe, expect, it } from 'vitest';
import { compileFixture } from '../test-context.js';
import { slugifyLaneName } from './lane-groups.js';

describe('defaults for analyst diagrams', () => {
  it('should run untyped tasks as user tasks offered to their lane group', async () => {
    // when
    const { graph, warnings } = await compileFixture('lanes.analyst-defaults.bpmn');

    // then
    expect(graph.nodes.Task_Record).toMatchObject({ type: 'userTask', candidateGroups: { literal: 'front-desk' } });
    expect(graph.nodes.Task_Investigate).toMatchObject({ candidateGroups: { literal: 'branch-managers' } });
    expect(graph.nodes.UserTask_Reply).toMatchObject({ assignee: { feel: 'investigator' } });
    expect(graph.nodes.UserTask_Reply).not.toHaveProperty('candidateGroups');
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'WF_WARN_BPMN_LANE_CANDIDATE_GROUP',
        elementId: 'Task_Record',
        severity: 'warning',
      }),
    );
  });

  it('should turn a gateway without conditions after a user task into outcome choices', async () => {
    // when
    const { graph, warnings } = await compileFixture('lanes.analyst-defaults.bpmn');

    // then
    expect(graph.nodes.Task_Record).toMatchObject({ outcomes: ['yes', 'Closed'] });
    expect(graph.flows.Flow_Yes?.condition).toBe('outcome = "yes"');
    expect(graph.flows.Flow_No?.condition).toBe('outcome = "Closed"');
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'WF_WARN_BPMN_GATEWAY_OUTCOMES', elementId: 'Gateway_Serious' }),
    );
  });

  it('should compile the only, non-executable process with a warning', async () => {
    // when
    const { graph, warnings } = await compileFixture('lanes.analyst-defaults.bpmn');

    // then
    expect(graph.key).toBe('branch-complaint');
    expect(warnings[0]).toMatchObject({ code: 'WF_WARN_BPMN_NOT_EXECUTABLE', elementId: 'branch-complaint' });
  });

  it('should slugify lane names and fall back to the lane id', () => {
    // then
    expect(slugifyLaneName('Branch Managers', 'Lane_1')).toBe('branch-managers');
    expect(slugifyLaneName('Équipe  Crédit / Risque', 'Lane_1')).toBe('equipe-credit-risque');
    expect(slugifyLaneName('客户经理', 'Lane_1')).toBe('客户经理');
    expect(slugifyLaneName(' -- ', 'Lane_1')).toBe('Lane_1');
    expect(slugifyLaneName(undefined, 'Lane_2')).toBe('Lane_2');
  });
});
