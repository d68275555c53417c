/**
 * The interpreter's runtime: the serialisable state plus the things that cannot be
 * serialised (running fibers, cancellation scopes). Handlers reach everything through it.
 * Node-kind behaviour lives in handlers/, token movement in token-runner.ts, scopes in
 * scope-runner.ts.
 */
import type { GraphNode, ProcessGraph, SequenceFlow } from '../graph/index.js';
import { ActivityCalls } from './activity-calls.js';
import {
  type EngineSnapshot,
  type ScopeKind,
  type ScopeState,
  type TokenState,
  initialSnapshot,
} from './engine-state.js';
import { IncidentBook } from './incidents.js';
import { MessageBox } from './message-box.js';
import { Pacing } from './pacing.js';
import type { ProcessStatus } from './messages.js';
import type { EngineSettings, ProcessInput } from './process-input.js';
import type { ScopeRuntime } from './scope-runtime.js';
import { TaskBook } from './tasks.js';

const COMPLETED_NODES_KEPT = 500;

export class Engine {
  readonly graph: ProcessGraph;
  readonly state: EngineSnapshot;
  readonly settings: Required<EngineSettings>;
  readonly tasks: TaskBook;
  readonly incidents: IncidentBook;
  readonly messages: MessageBox;
  readonly activities: ActivityCalls;
  readonly pacing: Pacing;
  status: ProcessStatus = 'running';
  /** Continue-as-new requested: waits stop and tokens park where they are. */
  draining = false;
  /** Every fiber parked after draining; the run can continue as new. */
  parked = false;
  /** The whole process is being cancelled: open tasks close with reason `cancelled`. */
  cancelling = false;
  /** A bug in the interpreter surfaced in a fiber; the main loop rethrows it to fail the workflow task. */
  fatal: unknown;
  /** Scope instances currently running, by id. */
  readonly runtimes = new Map<string, ScopeRuntime>();
  /** Ids of tokens whose fiber is running. */
  readonly live = new Set<string>();
  /** Nodes reachable from a node (inclusive joins); the graph is fixed, so this never goes stale. */
  readonly reachCache = new Map<string, Set<string>>();

  constructor(readonly input: ProcessInput) {
    this.graph = input.graph;
    // The continuation arrives freshly deserialised, so it can be owned as is.
    this.state = input.continuation ?? initialSnapshot(input.variables ?? {});
    this.settings = {
      continueAsNewAfterEvents: input.settings?.continueAsNewAfterEvents ?? 3000,
      maxStepsPerWorkflowTask: input.settings?.maxStepsPerWorkflowTask ?? 500,
      searchAttributes: input.settings?.searchAttributes ?? true,
    };
    this.tasks = new TaskBook(this);
    this.incidents = new IncidentBook(this);
    this.messages = new MessageBox(this.state);
    this.activities = new ActivityCalls();
    this.pacing = new Pacing(this.settings);
  }

  /** Workflow time (deterministic in the sandbox). */
  now(): number {
    return Date.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  nextId(prefix: string): string {
    this.state.seq += 1;
    return `${prefix}${this.state.generation}-${this.state.seq}`;
  }

  node(id: string): GraphNode {
    const node = this.graph.nodes[id];
    if (!node) throw new Error(`graph has no node ${id}`);
    return node;
  }

  flow(id: string): SequenceFlow {
    const flow = this.graph.flows[id];
    if (!flow) throw new Error(`graph has no flow ${id}`);
    return flow;
  }

  scope(id: string): ScopeState {
    const scope = this.state.scopes[id];
    if (!scope) throw new Error(`no scope instance ${id}`);
    return scope;
  }

  createScope(kind: ScopeKind, nodeId: string, parentId: string, variables: Record<string, unknown> = {}): ScopeState {
    const scope: ScopeState = { id: this.nextId('s'), kind, nodeId, parentId, variables: { ...variables } };
    this.state.scopes[scope.id] = scope;
    return scope;
  }

  /** Forgets a scope instance and everything below it (its tokens must be gone already). */
  deleteScope(id: string): void {
    for (const child of Object.values(this.state.scopes)) if (child.parentId === id) this.deleteScope(child.id);
    delete this.state.scopes[id];
    // Tokens that never got to clean up (parked, then cancelled) must not linger in the query.
    this.state.tokens = this.state.tokens.filter((t) => t.scopeId !== id);
    for (const key of Object.keys(this.state.joins)) if (key.startsWith(`${id}/`)) delete this.state.joins[key];
  }

  /** Creates a token in state without starting it (the scope's runner starts it). */
  newToken(nodeId: string, scopeId: string, extra: Partial<TokenState> = {}): TokenState {
    const token: TokenState = { ...extra, id: this.nextId('t'), nodeId, scopeId };
    this.state.tokens.push(token);
    return token;
  }

  /** Creates a token and starts its fiber in the running scope instance. */
  spawn(nodeId: string, scopeId: string, extra: Partial<TokenState> = {}): TokenState {
    const token = this.newToken(nodeId, scopeId, extra);
    this.launch(token);
    return token;
  }

  launch(token: TokenState): void {
    const runtime = this.runtimes.get(token.scopeId);
    if (!runtime) throw new Error(`scope ${token.scopeId} is not running`);
    runtime.launch(token);
  }

  removeToken(token: TokenState): void {
    const i = this.state.tokens.findIndex((t) => t.id === token.id);
    if (i >= 0) this.state.tokens.splice(i, 1);
    this.incidents.forgetToken(token.id);
  }

  tokensIn(scopeId: string): TokenState[] {
    return this.state.tokens.filter((t) => t.scopeId === scopeId);
  }

  liveIn(scopeId: string): number {
    let n = 0;
    for (const t of this.state.tokens) if (t.scopeId === scopeId && this.live.has(t.id)) n++;
    return n;
  }

  markCompleted(nodeId: string): void {
    const done = this.state.completedNodes;
    done.push(nodeId);
    if (done.length > COMPLETED_NODES_KEPT) done.splice(0, done.length - COMPLETED_NODES_KEPT);
  }
}
