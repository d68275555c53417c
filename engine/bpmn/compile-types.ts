import type { ActivityOptions, ProcessGraph } from '../graph/index.js';

/** One thing wrong (or defaulted) in a diagram, pointing at the element and source position. */
export interface CompileProblem {
  /** Stable machine-readable code, `WF_ERR_BPMN_<WHAT>` (errors) or `WF_WARN_BPMN_<WHAT>` (warnings). */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The BPMN element the problem is about, when there is one. */
  elementId?: string;
  line?: number;
  column?: number;
}

/** What the compiler needs to know about an activity a diagram refers to. */
export interface ActivityInfo {
  plugin: string;
  name: string;
  major: number;
  taskQueue?: string;
  /** Defaults copied into the graph unless the diagram overrides them. */
  options: ActivityOptions;
}

/** Resolves references against what is installed; the engine never imports plugins itself. */
export interface CompileContext {
  /** Looks up `plugin.activity@major`; undefined when no loaded plugin provides it. */
  findActivity(plugin: string, name: string, major: number): ActivityInfo | undefined;
  /** Whether a form (optionally a given version) exists. Omit to skip form checks. */
  hasForm?(id: string, version?: number): boolean;
  /** Limits; defaults apply when omitted. */
  maxXmlBytes?: number;
  maxDepth?: number;
}

export type CompileResult =
  | { ok: true; graph: ProcessGraph; warnings: CompileProblem[] }
  | { ok: false; problems: CompileProblem[]; warnings: CompileProblem[] };
