import type { CompileProblem } from './compile-types.js';

/** A 1-based source position, as editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The 1-based line and column of a character offset. */
export function positionOfOffset(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** moddle-xml reports `line: N` and `column: N` (both 0-based) in its warning messages. */
export function positionInMessage(message: string): SourcePosition | undefined {
  const match = /line: (\d+)\s+column: (\d+)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]) + 1, column: Number(match[2]) + 1 };
}

/** Converts a 1-based position back to an offset into `text`. */
export function offsetOfPosition(text: string, position: SourcePosition): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + position.column - 1;
}

/**
 * Adds line and column to every problem that names an element but has no position yet.
 * bpmn-moddle gives no positions for elements, so we find the element's `id="..."` attribute in
 * the source text and point at the start of its tag. The ids are indexed in one pass, so a diagram with thousands of problems stays linear.
 */
export function addPositions(xml: string, problems: CompileProblem[]): void {
  if (!problems.some((p) => p.line === undefined && p.elementId)) return;
  const idOffsets = new Map<string, number>();
  for (const match of xml.matchAll(/\sid\s*=\s*(["'])(.*?)\1/g)) {
    if (!idOffsets.has(match[2]!)) idOffsets.set(match[2]!, xml.lastIndexOf('<', match.index));
  }
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (const problem of problems) {
    if (problem.line !== undefined || !problem.elementId) continue;
    const offset = idOffsets.get(problem.elementId);
    if (offset === undefined) continue;
    const line = lastAtOrBefore(lineStarts, offset);
    Object.assign(problem, { line: line + 1, column: offset - lineStarts[line]! + 1 });
  }
}

/** Index of the last entry of the sorted `values` that is <= `target` (binary search). */
function lastAtOrBefore(values: number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid]! <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}
/**
 * The id of the nearest element that encloses `offset` and has an id, found by walking the tags
 * before it backwards and skipping elements that were already closed.
 */
export function enclosingElementId(xml: string, offset: number): string | undefined {
  const tags = [...xml.slice(0, xml.lastIndexOf('<', offset)).matchAll(/<(\/?)[A-Za-z_][^\s/>]*([^>]*?)(\/?)>/g)];
  let closed = 0;
  for (let i = tags.length - 1; i >= 0; i--) {
    const [, closing, attributes, selfClosing] = tags[i]!;
    if (selfClosing) continue;
    if (closing) {
      closed++;
    } else if (closed > 0) {
      closed--;
    } else {
      const id = /\sid\s*=\s*["']([^"']+)["']/.exec(attributes ?? '')?.[1];
      if (id) return id;
    }
  }
  return undefined;
}
