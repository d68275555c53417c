import type { ProcessGraph } from '../graph/index.js';
import { buildGraph } from './build-graph.js';
import { runChecks } from './checks/run-checks.js';
import type { CompileContext, CompileResult } from './compile-types.js';
import { applyDefaults } from './defaults/apply-defaults.js';
import { detectDialect, usesCamunda7 } from './dialect.js';
import { wfReader } from './dialect-wf.js';
import { zeebeReader } from './dialect-zeebe.js';
import { checkLimits, DEFAULT_MAX_DEPTH, DEFAULT_MAX_XML_BYTES } from './limits.js';
import { parseBpmn } from './parse.js';
import { addPositions } from './positions.js';
import { BpmnErrorCode, BpmnWarningCode, ProblemSink } from './problems.js';
import { selectProcess } from './select-process.js';

/**
 * Compiles BPMN XML into a ProcessGraph. Never throws: every problem, in every phase that can
 * still run, is returned at once with the element id (and line/column when it can be found),
 * so the studio can mark them all on the diagram.
 *
 * @example
 * const result = await compileBpmn(xml, { findActivity: (p, n, m) => registry.find(p, n, m) });
 * if (!result.ok) reply.code(422).send({ code: 'BPMN_INVALID', problems: result.problems });
 */
export async function compileBpmn(xml: string, ctx: CompileContext): Promise<CompileResult> {
  const problems = new ProblemSink();
  let graph: ProcessGraph | undefined;
  try {
    graph = await compileInto(xml, ctx, problems);
  } catch (err) {
    problems.error(BpmnErrorCode.Internal, `The compiler failed unexpectedly: ${(err as Error).message}`);
  }
  addPositions(xml, problems.all);
  const warnings = problems.warnings();
  if (graph && !problems.hasErrors) return { ok: true, graph: plainJson(graph), warnings };
  return { ok: false, problems: problems.errors(), warnings };
}

async function compileInto(xml: string, ctx: CompileContext, problems: ProblemSink): Promise<ProcessGraph | undefined> {
  const maxBytes = ctx.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES;
  const maxDepth = ctx.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!checkLimits(xml, maxBytes, maxDepth, problems)) return undefined;
  const dialect = detectDialect(xml);
  if (dialect === 'wf' && usesCamunda7(xml)) {
    problems.warn(
      BpmnWarningCode.IgnoredExtensions,
      'Camunda 7 (camunda:*) settings are not read; use wf:* extension elements or Camunda 8 (zeebe:*).',
    );
  }
  const parsed = await parseBpmn(xml, dialect, problems);
  if (!parsed) return undefined;
  const process = selectProcess(parsed.rootElement, problems);
  if (!process) return undefined;
  const { graph, mc } = buildGraph(process, ctx, dialect === 'zeebe' ? zeebeReader : wfReader, problems);
  applyDefaults(graph, process, mc);
  runChecks(graph, mc);
  return graph;
}

/**
 * Drops undefined fields so the stored graph (and its hash) is exactly what JSON keeps, and puts
 * each node's `id` and `type` first so a stored graph reads well.
 */
function plainJson(graph: ProcessGraph): ProcessGraph {
  const nodes = Object.fromEntries(
    Object.entries(graph.nodes).map(([key, { id, type, ...rest }]) => [key, { id, type, ...rest }]),
  );
  return JSON.parse(JSON.stringify({ ...graph, nodes })) as ProcessGraph;
}
