import { ApplicationFailure, currentUpdateInfo, upsertSearchAttributes } from '@temporalio/workflow';
import type { Engine } from './engine.js';
import type { TaskEntry } from './engine-state.js';
import {
  type CompleteTaskRequest,
  type CompleteTaskResult,
  type OpenTask,
  type ReassignTaskRequest,
  type ReassignTaskResult,
  type SendBackTaskRequest,
  type SendBackTaskResult,
  type AddCoSignerRequest,
  type AddCoSignerResult,
  UpdateRejection,
} from './messages.js';
import { openTasksAttribute } from './search-attributes.js';

/** Completions remembered for idempotent retries across continue-as-new (oldest dropped). */
const COMPLETIONS_KEPT = 200;

function reject(type: string, message: string): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

/** The instance's open user tasks and their completion protocol. */
export class TaskBook {
  constructor(private readonly engine: Engine) {}

  private get entries(): Record<string, TaskEntry> {
    return this.engine.state.tasks;
  }

  add(task: OpenTask, tokenId: string): void {
    this.entries[task.taskId] = { task, tokenId };
    this.syncSearchAttribute();
  }

  get(taskId: string): TaskEntry | undefined {
    return this.entries[taskId];
  }

  /** Tasks still waiting for a person (not the ones being completed right now). */
  open(): OpenTask[] {
    return Object.values(this.entries)
      .filter((e) => !e.completion)
      .map((e) => e.task);
  }

  /** Forgets a closed task; records the completion result for update retries. */
  remove(taskId: string, result?: CompleteTaskResult, updateId?: string): void {
    delete this.entries[taskId];
    if (result && updateId) {
      const completions = this.engine.state.completions;
      completions[updateId] = result;
      const keys = Object.keys(completions);
      if (keys.length > COMPLETIONS_KEPT) delete completions[keys[0] as string];
    }
    this.syncSearchAttribute();
  }

  /** Update validator: runs before the update is accepted, so a rejection leaves no history. */
  validateCompletion(req: CompleteTaskRequest): void {
    if (!req || typeof req.taskId !== 'string' || typeof req.actor !== 'string' || req.actor.length === 0) {
      reject(UpdateRejection.invalidRequest, 'completeTask needs taskId, actor and data');
    }
    if (req.data === null || typeof req.data !== 'object' || Array.isArray(req.data)) {
      reject(UpdateRejection.invalidRequest, 'completeTask data must be an object');
    }
    const updateId = currentUpdateInfo()?.id;
    if (updateId && this.engine.state.completions[updateId]?.taskId === req.taskId) return;
    const entry = this.entries[req.taskId];
    if (!entry || entry.completion) reject(UpdateRejection.taskNotActive, `Task ${req.taskId} is not active`);
    const offered = entry.task.outcomes ?? [];
    if (req.outcome !== undefined && !offered.includes(req.outcome)) {
      reject(UpdateRejection.outcomeNotOffered, `Task ${req.taskId} does not offer outcome "${req.outcome}"`);
    }
    if (req.outcome === undefined && offered.length > 0) {
      reject(UpdateRejection.outcomeNotOffered, `Task ${req.taskId} needs one of the outcomes ${offered.join(', ')}`);
    }
  }

  validateReassign(req: ReassignTaskRequest): void {
    if (!req || typeof req.taskId !== 'string' || typeof req.actor !== 'string' || req.actor.length === 0) {
      reject(UpdateRejection.invalidRequest, 'reassignTask needs taskId and actor');
    }
    for (const field of [req.assignee, req.owner]) {
      if (field !== undefined && (typeof field !== 'string' || field.length === 0)) {
        reject(UpdateRejection.invalidRequest, 'assignee and owner must be non-empty strings when given');
      }
    }
    const entry = this.entries[req.taskId];
    if (!entry || entry.completion) reject(UpdateRejection.taskNotActive, `Task ${req.taskId} is not active`);
  }

  reassign(req: ReassignTaskRequest): ReassignTaskResult {
    this.engine.state.acted = true;
    const task = (this.entries[req.taskId] as TaskEntry).task;
    if (req.assignee === undefined) delete task.assignee;
    else task.assignee = req.assignee;
    if (req.owner === undefined) delete task.owner;
    else task.owner = req.owner;
    return {
      taskId: task.taskId,
      ...(task.assignee ? { assignee: task.assignee } : {}),
      ...(task.owner ? { owner: task.owner } : {}),
    };
  }

  /** Records the completion for the waiting token; resolves once it closed the task (or the run parks). */
  async complete(
    req: CompleteTaskRequest,
    waitUntil: (done: () => boolean) => Promise<void>,
  ): Promise<CompleteTaskResult> {
    const updateId = currentUpdateInfo()?.id;
    const earlier = updateId ? this.engine.state.completions[updateId] : undefined;
    if (earlier) return earlier;
    const entry = this.entries[req.taskId] as TaskEntry;
    const at = this.engine.nowIso();
    this.engine.state.acted = true;
    entry.completion = { data: req.data, outcome: req.outcome, actor: req.actor, updateId, at };
    const result: CompleteTaskResult = {
      taskId: req.taskId,
      nodeId: entry.task.nodeId,
      outcome: req.outcome,
      completedBy: req.actor,
      completedAt: at,
    };
    await waitUntil(() => this.entries[req.taskId] === undefined || this.engine.parked);
    const applied = updateId ? this.engine.state.completions[updateId] : undefined;
    if (applied) return applied;
    // Continue-as-new comes first: the next run applies the recorded completion.
    if (this.engine.parked) return result;
    // A boundary, terminate or event sub-process closed the task before the token took the data.
    reject(UpdateRejection.taskNotActive, `Task ${req.taskId} was interrupted before the completion was applied`);
  }

  validateSendBack(req: SendBackTaskRequest): void {
    if (!req || typeof req.taskId !== 'string' || typeof req.targetNodeId !== 'string' || !req.actor) {
      reject(UpdateRejection.invalidRequest, 'sendBackTask needs taskId, targetNodeId and actor');
    }
    const updateId = currentUpdateInfo()?.id;
    if (updateId && this.engine.state.completions[updateId]?.taskId === req.taskId) return;
    const entry = this.entries[req.taskId];
    if (!entry || entry.completion) reject(UpdateRejection.taskNotActive, `Task ${req.taskId} is not active`);
    if (!(entry.task.sendBackTargets ?? []).includes(req.targetNodeId)) {
      reject(UpdateRejection.sendBackNotAllowed, `Task ${req.taskId} cannot be sent back to ${req.targetNodeId}`);
    }
  }

  /** Like a completion, but the token returns to `targetNodeId` (the handler jumps there). */
  async sendBack(
    req: SendBackTaskRequest,
    waitUntil: (done: () => boolean) => Promise<void>,
  ): Promise<SendBackTaskResult> {
    const entry = this.entries[req.taskId] as TaskEntry;
    const at = this.engine.nowIso();
    const updateId = currentUpdateInfo()?.id;
    this.engine.state.acted = true;
    entry.completion = { data: {}, actor: req.actor, updateId, at, sendBackTo: req.targetNodeId };
    await waitUntil(() => this.entries[req.taskId] === undefined || this.engine.parked);
    return { taskId: req.taskId, nodeId: entry.task.nodeId, sentBackTo: req.targetNodeId, sentBackBy: req.actor, at };
  }

  /** The multi-instance state that owns the task's item scope, if the task is one item of such a body. */
  coSignTarget(taskId: string) {
    const entry = this.entries[taskId];
    if (!entry || entry.completion) return undefined;
    const token = this.engine.state.tokens.find((t) => t.id === entry.tokenId);
    const scope = token ? this.engine.state.scopes[token.scopeId] : undefined;
    const owner = scope?.mi ? this.engine.state.tokens.find((t) => t.id === scope.mi!.ownerTokenId) : undefined;
    return owner?.mi && !owner.mi.done ? { nodeId: entry.task.nodeId, mi: owner.mi } : undefined;
  }

  validateAddCoSigner(req: AddCoSignerRequest): void {
    if (!req || typeof req.taskId !== 'string' || typeof req.item !== 'string' || !req.item || !req.actor) {
      reject(UpdateRejection.invalidRequest, 'addCoSigner needs taskId, item and actor');
    }
    if (!this.entries[req.taskId]) reject(UpdateRejection.taskNotActive, `Task ${req.taskId} is not active`);
    const target = this.coSignTarget(req.taskId);
    if (!target)
      reject(UpdateRejection.notMultiInstance, `Task ${req.taskId} is not part of a running multi-instance step`);
    if (target.mi.items.includes(req.item))
      reject(UpdateRejection.invalidRequest, `${req.item} already signs this step`);
  }

  addCoSigner(req: AddCoSignerRequest): AddCoSignerResult {
    const target = this.coSignTarget(req.taskId)!;
    target.mi.items.push(req.item);
    target.mi.results.push(null);
    this.engine.state.acted = true;
    return { nodeId: target.nodeId, instances: target.mi.items.length };
  }

  private syncSearchAttribute(): void {
    if (!this.engine.settings.searchAttributes) return;
    const ids = Object.keys(this.entries);
    upsertSearchAttributes([{ key: openTasksAttribute, value: ids.length ? ids : null }]);
  }
}
