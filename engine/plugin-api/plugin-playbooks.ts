/**
 * Reading and compiling a plugin's playbooks. The caller supplies the compile context (which
 * activities and forms exist), so the same code serves the loader (every installed plugin),
 * the conformance kit (the plugin alone) and golden runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileBpmn, type CompileContext, type CompileProblem } from '../bpmn/index.js';
import type { ProcessGraph } from '../graph/index.js';
import type { PlaybookDefinition, PluginManifest } from './define-plugin.js';

export interface CompiledPlaybook {
  playbook: PlaybookDefinition;
  /** The BPMN process id: the process key it deploys as. */
  key: string;
  graph: ProcessGraph;
  xml: string;
  warnings: CompileProblem[];
}

export interface CompiledPlaybooks {
  compiled: CompiledPlaybook[];
  /** `plugin "x": playbooks[0] (a.bpmn) WF_ERR_BPMN_UNKNOWN_ACTIVITY at ServiceTask_X: …` */
  problems: string[];
}

export async function readPlaybookXml(playbook: PlaybookDefinition): Promise<string> {
  return readFile(playbook.file, 'utf8');
}

/** Compiles every playbook; one entry per problem, each naming the playbook, file and element. */
export async function compilePluginPlaybooks(plugin: PluginManifest, ctx: CompileContext): Promise<CompiledPlaybooks> {
  const compiled: CompiledPlaybook[] = [];
  const problems: string[] = [];
  for (const [i, playbook] of plugin.playbooks.entries()) {
    const at = `playbooks[${i}] (${path.basename(fileURLToPath(playbook.file))})`;
    let xml: string;
    try {
      xml = await readPlaybookXml(playbook);
    } catch (err) {
      problems.push(`plugin "${plugin.id}": ${at} cannot be read: ${(err as Error).message}`);
      continue;
    }
    const result = await compileBpmn(xml, ctx);
    if (!result.ok) {
      for (const p of result.problems) problems.push(`plugin "${plugin.id}": ${at} ${describeProblem(p)}`);
      continue;
    }
    compiled.push({ playbook, key: result.graph.key, graph: result.graph, xml, warnings: result.warnings });
  }
  return { compiled, problems };
}

/** `WF_ERR_BPMN_UNKNOWN_FORM at UserTask_Review (line 12): Form "x/y" does not exist.` */
export function describeProblem(p: CompileProblem): string {
  const where = p.elementId ? ` at ${p.elementId}` : '';
  const line = p.line ? ` (line ${p.line})` : '';
  return `${p.code}${where}${line}: ${p.message}`;
}
