import type { ModdleElement } from 'bpmn-moddle';
import type { MultiInstance } from '../../graph/index.js';
import { present, readVariableName } from '../attribute-values.js';
import { readFeel } from '../feel.js';
import { BpmnErrorCode } from '../problems.js';
import type { MapContext } from './map-context.js';

/**
 * Multi-instance settings. BPMN's loopDataInputRef / inputDataItem point at data objects we do
 * not model, so the collection and element variable come from `wf:loop` (or
 * `zeebe:loopCharacteristics`); only completionCondition is standard BPMN.
 */
export function readMultiInstance(element: ModdleElement, mc: MapContext): MultiInstance | undefined {
  const characteristics = element.loopCharacteristics as ModdleElement | undefined;
  if (!characteristics) return undefined;
  const id = element.id!;
  if (characteristics.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    // Standard loops are rejected in the element walk, where every unsupported construct is.
    return undefined;
  }
  const raw = mc.reader.loop(characteristics, element);
  const collectionRaw = present(raw?.collection);
  const elementVariableRaw = present(raw?.elementVariable);
  if (!collectionRaw || !elementVariableRaw) {
    mc.problems.error(
      BpmnErrorCode.InvalidLoop,
      'A multi-instance activity needs a collection and an element variable (<wf:loop collection="=items" elementVariable="item"/>).',
      id,
    );
    return undefined;
  }
  const collection = readFeel(collectionRaw, 'Loop collection', id, mc.problems);
  const elementVariable = readVariableName(elementVariableRaw, 'Loop element variable', id, mc.problems);
  const outputCollection = readVariableName(present(raw?.outputCollection), 'Loop output collection', id, mc.problems);
  const outputElementRaw = present(raw?.outputElement);
  const outputElement = outputElementRaw && readFeel(outputElementRaw, 'Loop output element', id, mc.problems);
  if (Boolean(outputCollection) !== Boolean(outputElementRaw)) {
    mc.problems.error(BpmnErrorCode.InvalidLoop, 'outputCollection and outputElement go together.', id);
  }
  const conditionBody = present((characteristics.completionCondition as { body?: string } | undefined)?.body);
  const completionCondition = conditionBody && readFeel(conditionBody, 'Completion condition', id, mc.problems);
  if (collection === undefined || elementVariable === undefined) return undefined;
  return {
    sequential: characteristics.isSequential === true,
    collection,
    elementVariable,
    ...(completionCondition ? { completionCondition } : {}),
    ...(outputCollection && outputElement ? { outputCollection, outputElement } : {}),
  };
}
