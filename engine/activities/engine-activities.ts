/**
 * Activities the interpreter itself calls (inbox, definitions, thrown messages). Their
 * Temporal activity types are the keys of EngineActivityFunctions; the workflow proxies them
 * by these names, so renaming one breaks running instances.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type {
  AssignmentRequest,
  AssignmentResult,
  CloseTaskInfo,
  DefinitionBinding,
  DeployedGraph,
  EngineDeps,
  OpenTaskRecord,
  PublishedMessage,
} from './deps.js';

export interface CloseTaskInput extends CloseTaskInfo {
  taskId: string;
}

export interface LoadDefinitionInput {
  processKey: string;
  binding: DefinitionBinding;
}

/** The engine's own activities, keyed by Temporal activity type. */
export interface EngineActivityFunctions {
  'engine.openTask'(task: OpenTaskRecord): Promise<void>;
  'engine.closeTask'(input: CloseTaskInput): Promise<void>;
  /** Resolves to null when no such definition is deployed (the workflow raises an incident). */
  'engine.loadDefinition'(input: LoadDefinitionInput): Promise<DeployedGraph | null>;
  'engine.publishMessage'(message: PublishedMessage): Promise<void>;
  /** Applies org rules and the fallback to a user task's recipients (a local activity). */
  'engine.resolveAssignment'(request: AssignmentRequest): Promise<AssignmentResult>;
  /** A no-op, run as a local activity: lets a long in-memory loop yield without a server timer. */
  'engine.yield'(): Promise<void>;
}

export function createEngineOwnActivities(deps: EngineDeps): EngineActivityFunctions {
  return {
    async 'engine.openTask'(task) {
      if (!task?.taskId) throw ApplicationFailure.nonRetryable('openTask needs a taskId', 'InvalidTask');
      await deps.tasks.openTask(task);
      deps.logger.info('task opened', { taskId: task.taskId, nodeId: task.nodeId, workflowId: task.workflowId });
    },
    async 'engine.closeTask'({ taskId, ...info }) {
      await deps.tasks.closeTask(taskId, info);
      deps.logger.info('task closed', { taskId, reason: info.reason });
    },
    async 'engine.loadDefinition'({ processKey, binding }) {
      const found = await deps.definitions.getGraph(processKey, binding);
      if (!found) deps.logger.warn('called process not found', { processKey, binding });
      return found ?? null;
    },
    async 'engine.publishMessage'(message) {
      if (!deps.messages) {
        deps.logger.warn('message thrown but no MessagePublisher is configured', { messageName: message.messageName });
        return;
      }
      await deps.messages.publish(message);
    },
    async 'engine.resolveAssignment'(request) {
      if (deps.assignments) return deps.assignments.resolve(request);
      const { assignee, candidateUsers, candidateGroups } = request;
      return { assignee, candidateUsers, candidateGroups };
    },
    async 'engine.yield'() {},
  };
}
