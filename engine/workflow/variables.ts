/**
 * Variable scoping, BPMN style: a node sees its scope chain (process → sub-process → … →
 * node-local inputs). A write goes to the nearest scope that already has the variable, else
 * to the process, except that a multi-instance item keeps its writes local so parallel items
 * never overwrite each other (collect them with `outputCollection`).
 */
import type { GraphNode, ValueSource, VariableMapping } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TokenState } from './engine-state.js';
import { IncidentError } from './errors.js';
import { evaluateFeel } from './feel.js';

const FORBIDDEN_NAMES = new Set(['__proto__', 'prototype', 'constructor']);

export function visibleVariables(
  engine: Engine,
  scopeId: string,
  locals?: Record<string, unknown>,
): Record<string, unknown> {
  const chain = [];
  for (let s = engine.state.scopes[scopeId]; s; s = s.parentId ? engine.state.scopes[s.parentId] : undefined)
    chain.push(s);
  const out: Record<string, unknown> = {};
  for (const s of chain.reverse()) Object.assign(out, s.variables);
  if (locals) Object.assign(out, locals);
  return out;
}

export function setVariable(engine: Engine, scopeId: string, name: string, value: unknown): void {
  if (FORBIDDEN_NAMES.has(name) || name.length === 0) {
    throw new IncidentError('expression', `"${name}" cannot be used as a variable name`);
  }
  for (let s = engine.state.scopes[scopeId]; s; s = s.parentId ? engine.state.scopes[s.parentId] : undefined) {
    if (Object.hasOwn(s.variables, name) || s.kind === 'multiInstance' || !s.parentId) {
      s.variables[name] = value;
      return;
    }
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Evaluates mappings against `vars` into a fresh object (the target names are the keys). */
export function evaluateMappings(
  engine: Engine,
  mappings: VariableMapping[],
  vars: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of mappings) {
    if (FORBIDDEN_NAMES.has(m.target))
      throw new IncidentError('expression', `"${m.target}" cannot be used as a variable name`);
    out[m.target] = evaluateFeel(m.source, { ...vars, ...out }, engine.now());
  }
  return out;
}

/** A node's input mappings: node-local variables, computed once when the token enters. */
export function evaluateInputs(engine: Engine, token: TokenState, node: GraphNode): Record<string, unknown> {
  return evaluateMappings(engine, node.inputs ?? [], visibleVariables(engine, token.scopeId));
}

/**
 * Writes a node's result: through its output mappings (FEEL over the visible variables
 * overlaid with the result's fields), else into `resultVariable`, else field by field.
 */
export function applyResult(
  engine: Engine,
  token: TokenState,
  node: GraphNode & { resultVariable?: string },
  result: unknown,
): void {
  if (node.resultVariable) setVariable(engine, token.scopeId, node.resultVariable, result ?? null);
  if (node.outputs?.length) {
    const vars = { ...visibleVariables(engine, token.scopeId, token.locals), ...(isPlainRecord(result) ? result : {}) };
    const values = evaluateMappings(engine, node.outputs, vars);
    for (const [name, value] of Object.entries(values)) setVariable(engine, token.scopeId, name, value);
    return;
  }
  if (!node.resultVariable && isPlainRecord(result)) {
    for (const [name, value] of Object.entries(result)) setVariable(engine, token.scopeId, name, value);
  }
}

/** Resolves a deploy-time literal or a run-time FEEL value. */
export function resolveValue(engine: Engine, token: TokenState, source: ValueSource): unknown {
  if ('literal' in source) return source.literal;
  return evaluateFeel(source.feel, visibleVariables(engine, token.scopeId, token.locals), engine.now());
}
