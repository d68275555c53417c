/**
 * Deploys BPMN as immutable, numbered versions of a process definition. Compilation
 * happens here, before anything is stored: a diagram with problems changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { compileBpmn, type CompileContext, type CompileProblem } from '../../../engine/bpmn/index.js';
import type { DefinitionBinding, DefinitionStore, DeployedGraph } from '../../../engine/activities/index.js';
import type { ProcessGraph } from '../../../engine/graph/index.js';
import { ScheduleDefinitionError, timerStartSchedules } from '../../../engine/schedules/index.js';
import type { Database } from '../db/schema.js';
import { errors } from '../errors.js';
import type { AuditLog } from './audit.js';
import type { ProcessSchedules } from './process-schedules.js';

export interface DefinitionSummary {
  id: string;
  key: string;
  version: number;
  name: string | null;
  hash: string;
  createdAt: string;
  createdBy: string;
}

export interface DeployedDefinition extends DefinitionSummary {
  warnings: CompileProblem[];
  /** True when the XML equals the latest version's, so no new version was made. */
  unchanged: boolean;
}

export interface StoredDefinition {
  id: string;
  key: string;
  version: number;
  graph: ProcessGraph;
}

export class DefinitionService implements DefinitionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly compileContext: () => Promise<CompileContext>,
    private readonly schedules?: ProcessSchedules,
  ) {}

  async deploy(xml: string, actor: string, ip?: string): Promise<DeployedDefinition> {
    const result = await compileBpmn(xml, await this.compileContext());
    if (!result.ok) throw errors.bpmnInvalid(result.problems);
    const { graph, warnings } = result;
    // Timers a Temporal Schedule cannot express are deploy errors, found before anything is stored.
    try {
      timerStartSchedules({ definitionId: 'check', version: 0, graph, taskQueue: 'check', now: new Date() });
    } catch (err) {
      if (err instanceof ScheduleDefinitionError) {
        throw errors.bpmnInvalid([
          { code: err.code, severity: 'error', elementId: err.elementId, message: err.message },
        ]);
      }
      throw err;
    }
    const hash = createHash('sha256').update(xml).digest('hex');
    // Two deploys of one key at once both read version n and insert n+1: the loser of the
    // unique (key, version) index retries, and then sees the winner's row (maybe the same XML).
    let deployed: DeployedDefinition | undefined;
    for (let attempt = 1; !deployed; attempt++) {
      try {
        deployed = await this.insertVersion(graph, xml, hash, warnings, actor, ip);
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 20) throw err;
      }
    }
    // Also on an unchanged redeploy, so a deploy whose schedule sync failed can simply be repeated.
    await this.schedules?.sync({ id: deployed.id, key: deployed.key, version: deployed.version, graph });
    return deployed;
  }

  private insertVersion(
    graph: ProcessGraph,
    xml: string,
    hash: string,
    warnings: CompileProblem[],
    actor: string,
    ip: string | undefined,
  ): Promise<DeployedDefinition> {
    return this.db.transaction().execute(async (trx) => {
      const latest = await trx
        .selectFrom('process_definitions')
        .selectAll()
        .where('key', '=', graph.key)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (latest && latest.hash === hash) return { ...summary(latest), warnings, unchanged: true };
      const row = {
        id: randomUUID(),
        key: graph.key,
        version: (latest?.version ?? 0) + 1,
        name: graph.name ?? null,
        bpmn_xml: xml,
        graph: JSON.stringify(graph),
        hash,
        warnings: JSON.stringify(warnings),
        created_by: actor,
      };
      const inserted = await trx.insertInto('process_definitions').values(row).returningAll().executeTakeFirstOrThrow();
      await this.audit.record(
        {
          actor,
          action: 'process.deployed',
          subjectType: 'process',
          subjectId: row.id,
          ip,
          after: { key: row.key, version: row.version, hash },
        },
        trx,
      );
      return { ...summary(inserted), warnings, unchanged: false };
    });
  }

  async list(): Promise<DefinitionSummary[]> {
    const rows = await this.db
      .selectFrom('process_definitions as d')
      .selectAll()
      .where(({ eb, selectFrom }) =>
        eb(
          'd.version',
          '=',
          selectFrom('process_definitions as l')
            .select((e) => e.fn.max('l.version').as('v'))
            .whereRef('l.key', '=', 'd.key'),
        ),
      )
      .orderBy('d.key')
      .execute();
    return rows.map(summary);
  }

  async versions(key: string): Promise<DefinitionSummary[]> {
    const rows = await this.db
      .selectFrom('process_definitions')
      .selectAll()
      .where('key', '=', key)
      .orderBy('version', 'desc')
      .execute();
    if (rows.length === 0) throw errors.processNotFound(key);
    return rows.map(summary);
  }

  /** For call activities: the engine asks for a called process by key and binding. */
  async getGraph(processKey: string, binding: DefinitionBinding): Promise<DeployedGraph | undefined> {
    const found = await this.get(processKey, binding === 'latest' ? undefined : binding.version);
    return found && { definitionId: found.id, version: found.version, graph: found.graph };
  }

  /** The latest version, or a given one; undefined when it does not exist. */
  async get(key: string, version?: number): Promise<StoredDefinition | undefined> {
    let query = this.db
      .selectFrom('process_definitions')
      .select(['id', 'key', 'version', 'graph'])
      .where('key', '=', key);
    query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
    const row = await query.executeTakeFirst();
    return row && { id: row.id, key: row.key, version: row.version, graph: row.graph as ProcessGraph };
  }
}

function summary(row: {
  id: string;
  key: string;
  version: number;
  name: string | null;
  hash: string;
  created_at: Date;
  created_by: string;
}): DefinitionSummary {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    name: row.name,
    hash: row.hash,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

/** PostgreSQL (and PGlite) `unique_violation`. */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}
