/**
 * What changed between two versions of a process: elements added, removed or changed (name,
 * type, wf settings, conditions, connections). Compared on the BPMN model, not the XML text,
 * so moving a shape on the canvas is not a change.
 */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { wfModdleDescriptor } from '../../../../engine/bpmn/index';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ElementChange {
  id: string;
  type: string;
  name?: string;
  kind: ChangeKind;
  /** Properties that differ, for `changed`. */
  fields: string[];
}

type Signature = Record<string, string>;

/** Properties that are structure or layout, not settings of the element itself. */
const SKIP = new Set(['di', 'incoming', 'outgoing', 'flowElements', 'artifacts', 'laneSets', 'lanes']);

interface Described extends ModdleElement {
  $descriptor?: { properties?: Array<{ name: string; isReference?: boolean }> };
  get?(name: string): unknown;
}

/** A plain copy of a moddle element, walking its descriptor: references become ids. */
function plain(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  const el = value as Described;
  const out: Record<string, unknown> = { $type: el.$type, ...(el.$attrs ?? {}) };
  for (const p of el.$descriptor?.properties ?? []) {
    if (SKIP.has(p.name)) continue;
    const v = el.get ? el.get(p.name) : el[p.name];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    const id = (x: unknown) => (x && typeof x === 'object' ? (x as ModdleElement).id : x);
    out[p.name] = p.isReference ? (Array.isArray(v) ? v.map(id) : id(v)) : plain(v, depth + 1);
  }
  return out;
}

function signatures(root: ModdleElement): Map<string, { type: string; name?: string; sig: Signature }> {
  const out = new Map<string, { type: string; name?: string; sig: Signature }>();
  const visit = (container: ModdleElement) => {
    for (const el of (container.flowElements as ModdleElement[] | undefined) ?? []) {
      const { id, $type, name, ...rest } = plain(el) as Record<string, unknown>;
      const sig: Signature = { type: String($type), name: String(name ?? '') };
      for (const [k, v] of Object.entries(rest)) sig[k] = JSON.stringify(v);
      out.set(String(id), { type: String($type), name: typeof name === 'string' ? name : undefined, sig });
      if (el.flowElements) visit(el);
    }
  };
  for (const process of ((root.rootElements as ModdleElement[] | undefined) ?? []).filter(
    (r) => r.$type === 'bpmn:Process',
  ))
    visit(process);
  return out;
}

async function parse(xml: string) {
  const moddle = new BpmnModdle({ wf: wfModdleDescriptor });
  return signatures((await moddle.fromXML(xml)).rootElement);
}

export async function diffVersions(oldXml: string, newXml: string): Promise<ElementChange[]> {
  const [before, after] = await Promise.all([parse(oldXml), parse(newXml)]);
  const changes: ElementChange[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) {
      changes.push({ id, type: b.type, name: b.name, kind: 'removed', fields: [] });
      continue;
    }
    const keys = new Set([...Object.keys(a.sig), ...Object.keys(b.sig)]);
    const fields = [...keys].filter((k) => a.sig[k] !== b.sig[k]);
    if (fields.length) changes.push({ id, type: a.type, name: a.name, kind: 'changed', fields });
  }
  for (const [id, a] of after)
    if (!before.has(id)) changes.push({ id, type: a.type, name: a.name, kind: 'added', fields: [] });
  return changes;
}
