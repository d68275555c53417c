// The forms carry the documents' checklists in the documents' order (the same ids as data/). Their
// examples are checked with every other form source by engine/forms/node/form-sources.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_GUIDANCE,
  DISPLAY_CHECK,
  ILLEGAL_CIGARETTE_TYPES,
  INFO_TO_COLLECT,
  INFO_TO_PROVIDE,
  IRREGULAR_SITUATIONS,
  LIAISON_FEEDBACK,
  SPECIAL_VISIT_TRIGGERS,
  VISIT_INTRODUCTIONS,
  VISIT_KIT,
  VISIT_LOOKS,
  VISIT_TIDYING,
  type ChecklistItem,
} from '../data/checklists.js';
import { BUSINESS_FORMATS, SCORING_CRITERIA } from '../data/classification-criteria.js';

const formsDir = fileURLToPath(new URL('../forms/', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(`${formsDir}${file}`, 'utf8'));
const schemaOf = (name: string) => read(`${name}.schema.json`);

/** The sub-schema at a path of property names (array items with `*`). */
function at(schema: any, path: string): any {
  return path.split('/').reduce((node, key) => {
    if (key === '*') return node.items;
    const found =
      node.properties?.[key] ?? node.allOf?.find((b: any) => b.then?.properties?.[key])?.then.properties[key];
    if (!found) throw new Error(`no field ${key} under ${JSON.stringify(Object.keys(node.properties ?? {}))}`);
    return found;
  }, schema);
}
const ids = (list: readonly ChecklistItem[]) => list.map((i) => i.id);
const enumAt = (form: string, path: string) => {
  const node = at(schemaOf(form), path);
  return node.type === 'array' ? node.items.enum : node.enum;
};
const keysAt = (form: string, path: string) => Object.keys(at(schemaOf(form), path).properties);

describe('tobacco forms carry the checklists of digest §4.1 in the documents order', () => {
  it.each([
    ['routine-visit', 'preparation/kit', '003 (三) L249–257', VISIT_KIT],
    ['routine-visit', 'visit/display', '000 ·查看出样 1–5', DISPLAY_CHECK],
    ['daily-routine', 'morning/kit', '003 (三)', VISIT_KIT],
  ] as const)('%s %s has one boolean per item (%s)', (form, path, _source, list) => {
    const keys = keysAt(form, path).filter((k) => k !== 'arrangement');
    expect(keys).toEqual(ids(list));
  });

  it('routine-visit "看" has the four looks and the illegal-cigarette look (003 2、看 ①—⑤)', () => {
    expect(keysAt('routine-visit', 'visit/look')).toEqual([...ids(VISIT_LOOKS), 'illegalCigarettesFound']);
  });

  it.each([
    ['routine-visit', 'visit/introduce/topics', VISIT_INTRODUCTIONS],
    ['routine-visit', 'visit/introduce/infoProvided', INFO_TO_PROVIDE],
    ['routine-visit', 'visit/tidy', VISIT_TIDYING],
    ['routine-visit', 'visit/guidance/given', BUSINESS_GUIDANCE],
    ['routine-visit', 'visit/collect/topics', INFO_TO_COLLECT],
    ['routine-visit', 'visit/irregularSituations', IRREGULAR_SITUATIONS],
    ['routine-visit', 'visit/look/illegalCigaretteTypes', ILLEGAL_CIGARETTE_TYPES],
    ['special-visit', 'trigger/type', SPECIAL_VISIT_TRIGGERS],
    ['special-visit', 'visit/irregularSituations', IRREGULAR_SITUATIONS],
    ['monopoly-referral', 'communication/situations', IRREGULAR_SITUATIONS],
    ['monopoly-referral', 'communication/illegalRegister/*/type', ILLEGAL_CIGARETTE_TYPES],
    ['monopoly-referral', 'handling/result', LIAISON_FEEDBACK],
    ['new-retailer', 'businessFormat/format', BUSINESS_FORMATS],
    ['classification-score', 'scoring/businessFormat', BUSINESS_FORMATS],
  ])('%s %s offers the items in order', (form, path, list) => {
    expect(enumAt(form, path)).toEqual(ids(list));
  });

  it('classification-score scores every criterion of the scoring table', () => {
    expect(keysAt('classification-score', 'scoring/items')).toEqual(ids(SCORING_CRITERIA));
    expect(at(schemaOf('classification-score'), 'scoring/items').required).toEqual(ids(SCORING_CRITERIA));
  });

  it('the zh-CN labels use the documents own words', () => {
    const labels = read('routine-visit.form.json').labels['zh-CN'].fields;
    expect(labels['/visit/display/oneCodeAligned'].label).toBe('一烟一码是否对齐');
    expect(labels['/visit/record/serviceHandbookFilled'].label).toBe('已填写《客户服务手册》');
    expect(read('classification-score.form.json').labels['zh-CN'].fields['/confirmation/retailerSignature'].label).toBe(
      '客户签字',
    );
  });

  it('the retailer signs with the signature widget (a PNG attachment)', () => {
    const field = at(schemaOf('classification-score'), 'confirmation/retailerSignature');
    expect(field).toMatchObject({ format: 'attachment-id', contentMediaType: 'image/png' });
    expect(read('classification-score.form.json').uiSchema.confirmation.retailerSignature['ui:widget']).toBe(
      'signature',
    );
  });
});
