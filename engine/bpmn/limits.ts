import { BpmnErrorCode, type ProblemSink } from './problems.js';
import { positionOfOffset } from './positions.js';

/** Default for `CompileContext.maxXmlBytes`: 2 MiB. */
export const DEFAULT_MAX_XML_BYTES = 2 * 1024 * 1024;
/** Default for `CompileContext.maxDepth`. */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Rejects input before it reaches the XML parser: the parser builds a full object tree, so a
 * huge or absurdly nested document must be refused by a linear scan first. Returns false when
 * compilation cannot continue.
 */
export function checkLimits(xml: string, maxBytes: number, maxDepth: number, problems: ProblemSink): boolean {
  // TextEncoder rather than Buffer: the studio runs this compiler in the browser too.
  const bytes = new TextEncoder().encode(xml).byteLength;
  if (bytes > maxBytes) {
    problems.error(BpmnErrorCode.TooLarge, `The BPMN document is ${bytes} bytes; the limit is ${maxBytes}.`);
    return false;
  }
  // A DOCTYPE can declare entities (billion laughs, external files); BPMN never needs one.
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(xml);
  if (doctype) {
    problems.error(
      BpmnErrorCode.Doctype,
      'XML DOCTYPE and ENTITY declarations are not allowed in BPMN documents.',
      undefined,
      positionOfOffset(xml, doctype.index),
    );
    return false;
  }
  const deep = findTooDeep(xml, maxDepth);
  if (deep !== undefined) {
    problems.error(
      BpmnErrorCode.TooDeep,
      `Elements are nested more than ${maxDepth} levels deep.`,
      undefined,
      positionOfOffset(xml, deep),
    );
    return false;
  }
  return true;
}

/** Offset of the first start tag that exceeds `maxDepth`, scanning tags without building a tree. */
export function findTooDeep(xml: string, maxDepth: number): number | undefined {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    const next = xml[i + 1];
    if (xml.startsWith('<!--', i)) {
      i = skipPast(xml, i, '-->');
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = skipPast(xml, i, ']]>');
    } else if (next === '?' || next === '!') {
      i = skipPast(xml, i, '>');
    } else if (next === '/') {
      depth--;
      i = skipPast(xml, i, '>');
    } else {
      const end = endOfTag(xml, i);
      // A self-closing element sits one level down too, it just does not stay open.
      if (depth + 1 > maxDepth) return i;
      if (xml[end - 1] !== '/') depth++;
      i = end + 1;
    }
    i = i >= xml.length ? -1 : xml.indexOf('<', i);
  }
  return undefined;
}

function skipPast(xml: string, from: number, terminator: string): number {
  const at = xml.indexOf(terminator, from);
  return at === -1 ? xml.length : at + terminator.length;
}

/** Index of the `>` closing a start tag; a `>` inside a quoted attribute value does not count. */
function endOfTag(xml: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return xml.length;
}
