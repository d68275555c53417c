/**
 * Delivers BPMN messages: a message starts an instance of every process whose latest
 * version has a message start event of that name, and is signalled to running instances of
 * processes that can catch it (the workflow matches the correlation key against its waiting
 * subscriptions and buffers the rest). Used by POST /api/messages and by the engine for
 * messages thrown by running processes.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { PublishedMessage, MessagePublisher } from '../../../engine/activities/index.js';
import type { GraphNode, ProcessGraph } from '../../../engine/graph/index.js';
import { messageSignal } from '../../../engine/workflow/messages.js';
import type { Database } from '../db/schema.js';
import type { CurrentUser } from './identity.js';
import type { InstanceService } from './instances.js';

export interface MessageRequest {
  messageName: string;
  correlationKey?: string;
  /** Limits delivery to instances with this business key. */
  businessKey?: string;
  payload?: Record<string, unknown>;
}

export interface MessageResult {
  started: string[];
  signalled: string[];
}

const SYSTEM: CurrentUser = {
  id: 'system',
  username: 'system',
  displayName: 'System',
  roles: ['admin'],
  groups: [],
  locale: 'en',
};

export class MessageCorrelation implements MessagePublisher {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly client: Client,
    private readonly instances: () => InstanceService,
  ) {}

  async publish(message: PublishedMessage): Promise<void> {
    await this.deliver({ ...message, businessKey: undefined }, SYSTEM);
  }

  async deliver(msg: MessageRequest, actor: CurrentUser): Promise<MessageResult> {
    // The JSON text filter narrows the scan; the graph walk below decides.
    const needle = `%${JSON.stringify(msg.messageName)}%`;
    const definitions = await this.db
      .selectFrom('process_definitions')
      .select(['id', 'key', 'version', 'graph'])
      .where(sql<boolean>`graph::text like ${needle}`)
      .execute();
    const latest = new Map<string, (typeof definitions)[number]>();
    for (const d of definitions) if ((latest.get(d.key)?.version ?? 0) < d.version) latest.set(d.key, d);

    const started: string[] = [];
    for (const def of latest.values()) {
      const graph = def.graph as ProcessGraph;
      const start = graph.startNodeIds.map((id) => graph.nodes[id]).find((n) => isMessageStart(n, msg.messageName));
      if (!start) continue;
      const { instanceId } = await this.instances().start(
        def.key,
        { variables: msg.payload ?? {}, businessKey: msg.businessKey, startNodeId: start.id },
        actor,
      );
      started.push(instanceId);
    }

    const catching = definitions.filter((d) =>
      Object.values((d.graph as ProcessGraph).nodes).some((n) => catches(n, msg.messageName)),
    );
    if (catching.length === 0) return { started, signalled: [] };
    let running = this.db
      .selectFrom('process_instances')
      .select('id')
      .where(
        'definition_id',
        'in',
        catching.map((d) => d.id),
      );
    if (msg.businessKey) running = running.where('business_key', '=', msg.businessKey);
    const signalled: string[] = [];
    for (const { id } of await running.execute()) {
      if (started.includes(id)) continue;
      try {
        await this.client.workflow.getHandle(id).signal(messageSignal, {
          messageName: msg.messageName,
          correlationKey: msg.correlationKey,
          payload: msg.payload,
        });
        signalled.push(id);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err; // finished instances no longer listen
      }
    }
    return { started, signalled };
  }
}

function isMessageStart(node: GraphNode | undefined, name: string): boolean {
  return node?.type === 'startEvent' && node.trigger.kind === 'message' && node.trigger.messageName === name;
}

function catches(node: GraphNode, name: string): boolean {
  switch (node.type) {
    case 'intermediateCatchEvent':
    case 'boundaryEvent':
      return node.trigger.kind === 'message' && node.trigger.messageName === name;
    case 'receiveTask':
      return node.messageName === name;
    case 'startEvent':
      return node.scope !== undefined && node.trigger.kind === 'message' && node.trigger.messageName === name;
    default:
      return false;
  }
}
