import type { FeelExpression } from '../graph/index.js';
import type { Engine } from './engine.js';
import { evaluateFeel } from './feel.js';
import { visibleVariables } from './variables.js';

/** A subscription's correlation key: the FEEL result as text; undefined (match any) when absent or null. */
export function resolveCorrelationKey(
  engine: Engine,
  expression: FeelExpression | undefined,
  scopeId: string,
  locals?: Record<string, unknown>,
): string | undefined {
  if (!expression) return undefined;
  const value = evaluateFeel(expression, visibleVariables(engine, scopeId, locals), engine.now());
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
