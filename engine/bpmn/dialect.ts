/** Which vendor extensions a document carries; it decides the parser instance and the reader. */
export type BpmnDialect = 'wf' | 'zeebe';

/** Namespace of Camunda 8 extension elements. */
export const ZEEBE_NAMESPACE_URI = 'http://camunda.org/schema/zeebe/1.0';
/** Namespace of Camunda 7 extension attributes. */
export const CAMUNDA7_NAMESPACE_URI = 'http://camunda.org/schema/1.0/bpmn';

/**
 * Camunda 8 files are recognised by the zeebe namespace or by the modeler's execution platform
 * attribute. Looking at the text is enough: the camunda and zeebe descriptors cannot be loaded
 * into one moddle instance, so the choice has to be made before parsing.
 */
export function detectDialect(xml: string): BpmnDialect {
  if (xml.includes(ZEEBE_NAMESPACE_URI)) return 'zeebe';
  if (/executionPlatform\s*=\s*["']Camunda Cloud["']/.test(xml)) return 'zeebe';
  return 'wf';
}

/** Camunda 7 attributes are kept by moddle as unknown `$attrs` and never read by us. */
export function usesCamunda7(xml: string): boolean {
  return xml.includes(CAMUNDA7_NAMESPACE_URI);
}
