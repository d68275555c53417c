import type { ModdleElement } from 'bpmn-moddle';
import type { VariableMapping } from '../../graph/index.js';
import { readVariableName } from '../attribute-values.js';
import { feelStringLiteral, isFeel, readFeel } from '../feel.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext } from './map-context.js';
import { readMultiInstance } from './multi-instance.js';

/** The fields every node has; incoming and outgoing are filled in from the sequence flows. */
export function nodeBase(element: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = element.id!;
  const name = displayName(element);
  const io = mc.reader.ioMapping(element);
  const inputs = readMappings(io.inputs, 'Input mapping', id, mc);
  const outputs = readMappings(io.outputs, 'Output mapping', id, mc);
  const multiInstance = readMultiInstance(element, mc);
  return {
    id,
    name,
    scope,
    incoming: [] as string[],
    outgoing: [] as string[],
    ...(inputs.length ? { inputs } : {}),
    ...(outputs.length ? { outputs } : {}),
    ...(multiInstance ? { multiInstance } : {}),
  };
}

/** Names drawn in a modeler often contain line breaks to wrap the label; the graph keeps one line. */
export function displayName(element: ModdleElement): string | undefined {
  const name = typeof element.name === 'string' ? element.name.replace(/\s+/g, ' ').trim() : '';
  return name || undefined;
}

function readMappings(
  raw: { source?: string; target?: string }[],
  what: string,
  elementId: string,
  mc: MapContext,
): VariableMapping[] {
  const result: VariableMapping[] = [];
  for (const mapping of raw) {
    if (!mapping.source?.trim() || !mapping.target?.trim()) {
      mc.problems.error(BpmnErrorCode.InvalidAttribute, `${what} needs both a source and a target.`, elementId);
      continue;
    }
    // As in Camunda 8, a source without `=` is a fixed string, not an expression.
    const source = isFeel(mapping.source)
      ? readFeel(mapping.source, `${what} source`, elementId, mc.problems)
      : feelStringLiteral(mapping.source.trim());
    const target = readVariableName(mapping.target, `${what} target`, elementId, mc.problems);
    if (source !== undefined && target !== undefined) result.push({ source, target });
  }
  return result;
}
