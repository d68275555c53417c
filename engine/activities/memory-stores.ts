/**
 * In-memory EngineDeps for tests and local experiments. Not for production: nothing is
 * persisted and nothing is shared between processes.
 */
import type {
  CloseTaskInfo,
  DefinitionBinding,
  DefinitionStore,
  DeployedGraph,
  EngineLogger,
  MessagePublisher,
  OpenTaskRecord,
  PublishedMessage,
  TaskStore,
} from './deps.js';

export interface StoredTask extends OpenTaskRecord {
  status: 'open' | 'closed';
  closed?: CloseTaskInfo;
}

export class InMemoryTaskStore implements TaskStore {
  readonly tasks = new Map<string, StoredTask>();

  async openTask(task: OpenTaskRecord): Promise<void> {
    const existing = this.tasks.get(task.taskId);
    // A retried openTask after close must not reopen the task.
    if (existing?.status === 'closed') return;
    this.tasks.set(task.taskId, { ...task, status: 'open' });
  }

  async closeTask(taskId: string, info: CloseTaskInfo): Promise<void> {
    const existing = this.tasks.get(taskId);
    if (!existing || existing.status === 'closed') return;
    this.tasks.set(taskId, { ...existing, status: 'closed', closed: info });
  }

  /** Open tasks, optionally of one workflow. */
  open(workflowId?: string): StoredTask[] {
    return [...this.tasks.values()].filter((t) => t.status === 'open' && (!workflowId || t.workflowId === workflowId));
  }
}

export class InMemoryDefinitionStore implements DefinitionStore {
  private readonly byKey = new Map<string, DeployedGraph[]>();

  /** Adds a version; versions are kept sorted so `latest` is the highest. */
  add(deployed: DeployedGraph): void {
    const list = this.byKey.get(deployed.graph.key) ?? [];
    list.push(deployed);
    list.sort((a, b) => a.version - b.version);
    this.byKey.set(deployed.graph.key, list);
  }

  async getGraph(processKey: string, binding: DefinitionBinding): Promise<DeployedGraph | undefined> {
    const list = this.byKey.get(processKey) ?? [];
    return binding === 'latest' ? list[list.length - 1] : list.find((d) => d.version === binding.version);
  }
}

export class InMemoryMessagePublisher implements MessagePublisher {
  readonly published: PublishedMessage[] = [];
  async publish(message: PublishedMessage): Promise<void> {
    this.published.push(message);
  }
}

/** Collects log lines; pass `echo: true` to also print them. */
export class MemoryLogger implements EngineLogger {
  readonly lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  constructor(private readonly echo = false) {}
  info(message: string, fields?: Record<string, unknown>): void {
    this.add('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.add('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.add('error', message, fields);
  }
  private add(level: string, message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level, message, fields });
    if (this.echo) console.log(`[${level}] ${message}`, fields ?? '');
  }
}
