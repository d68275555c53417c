import { BpmnModdle, type FromXmlResult, type ModdleWarning } from 'bpmn-moddle';
import zeebeDescriptor from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { wfModdleDescriptor } from './descriptor.js';
import type { BpmnDialect } from './dialect.js';
import { enclosingElementId, offsetOfPosition, positionInMessage } from './positions.js';
import { BpmnErrorCode, BpmnWarningCode, type ProblemSink } from './problems.js';

// One instance per dialect, created lazily and reused: building the type registry is the
// expensive part, while fromXML keeps no state between calls.
const instances = new Map<BpmnDialect, BpmnModdle>();

function moddleFor(dialect: BpmnDialect): BpmnModdle {
  let moddle = instances.get(dialect);
  if (!moddle) {
    moddle =
      dialect === 'zeebe'
        ? new BpmnModdle({ zeebe: zeebeDescriptor, wf: wfModdleDescriptor })
        : new BpmnModdle({ wf: wfModdleDescriptor });
    instances.set(dialect, moddle);
  }
  return moddle;
}

/**
 * Parses BPMN XML. bpmn-moddle silently drops whatever it cannot read and only warns, so every
 * warning becomes an error here. Returns undefined when the document could not be read at all.
 */
export async function parseBpmn(
  xml: string,
  dialect: BpmnDialect,
  problems: ProblemSink,
): Promise<FromXmlResult | undefined> {
  try {
    const result = await moddleFor(dialect).fromXML(xml, 'bpmn:Definitions');
    reportWarnings(xml, result.warnings, problems);
    return result;
  } catch (err) {
    const error = err as Error & { warnings?: ModdleWarning[] };
    const warnings = error.warnings ?? [];
    if (!warnings.some((w) => w.message === error.message)) warnings.push({ message: error.message });
    reportWarnings(xml, warnings, problems);
    return undefined;
  }
}

// Finding the element of an id-less warning scans the text; past this many warnings the
// position alone must do, so a hostile document cannot make reporting quadratic.
const MAX_LOCATED_WARNINGS = 100;

function reportWarnings(xml: string, warnings: ModdleWarning[], problems: ProblemSink): void {
  const dropped = new Set<string>();
  let located = 0;
  for (const warning of warnings) {
    // We are handed a JS string, already decoded by whoever read the bytes, so a declared
    // encoding moddle does not know (ISO-8859-1 in many analyst tools) loses nothing here.
    const encoding = /^unsupported document encoding <([^>]*)>/.exec(warning.message);
    if (encoding) {
      problems.warn(
        BpmnWarningCode.Encoding,
        `The XML declares encoding ${encoding[1]}; it is read as already-decoded text.`,
      );
      continue;
    }
    // A dropped element's diagram shape then points nowhere; that is the same problem again.
    if (warning.property === 'bpmndi:bpmnElement' && dropped.has(String(warning.value))) continue;
    const position = positionInMessage(warning.message);
    const offset = position && located++ < MAX_LOCATED_WARNINGS ? offsetOfPosition(xml, position) : undefined;
    const ownId = offset === undefined ? undefined : idOfTagAt(xml, offset);
    if (ownId) dropped.add(ownId);
    // An id-less extension element is reported against the BPMN element that contains it.
    const elementId =
      warning.element?.id ?? ownId ?? (offset === undefined ? undefined : enclosingElementId(xml, offset));
    const detail = warning.property ? ` (property ${warning.property})` : '';
    const message = warning.message.replace(/\s*\n\s*/g, ' | ') + detail;
    problems.error(BpmnErrorCode.Xml, message, elementId, position);
  }
}

/** moddle knows only the position of unparsable content; read the id of the tag there. */
function idOfTagAt(xml: string, offset: number): string | undefined {
  const tagStart = xml.lastIndexOf('<', offset);
  if (tagStart === -1) return undefined;
  const tagEnd = xml.indexOf('>', tagStart);
  const tag = xml.slice(tagStart, tagEnd === -1 ? undefined : tagEnd);
  return /\sid\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
}
