/**
 * Reading and writing our `wf:*` extension elements (see engine/bpmn/README.md) on a diagram
 * element, through bpmn-js commands so every change can be undone.
 */
/** A bpmn-moddle element as bpmn-js hands it out. */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  id?: string;
  get(name: string): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  set(name: string, value: unknown): void;
  [key: string]: unknown;
}

/** A diagram shape or connection. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

export interface CommandStack {
  execute(command: string, context: unknown): void;
}

export function extensionValues(bo: ModdleElement): ModdleElement[] {
  return (bo.get('extensionElements')?.get('values') as ModdleElement[] | undefined) ?? [];
}

/** The first `wf:<Type>` extension element, e.g. `getExtension(bo, 'wf:TaskSchedule')`. */
export function getExtension(bo: ModdleElement, type: string): ModdleElement | undefined {
  return extensionValues(bo).find((v) => v.$type === type);
}

/** An attribute of an extension element, '' when the element or attribute is missing. */
export function getExtensionAttr(element: DiagramElement, type: string, attr: string): string {
  return (getExtension(element.businessObject, type)?.get(attr) as string | undefined) ?? '';
}

/**
 * Sets one attribute of `wf:<Type>`, creating bpmn:extensionElements and the wf element when
 * needed, in a single undoable command. An empty value removes the attribute.
 */
export function setExtensionAttr(
  services: { bpmnFactory: BpmnFactory; commandStack: CommandStack },
  element: DiagramElement,
  type: string,
  attr: string,
  value: string,
): void {
  const { bpmnFactory, commandStack } = services;
  const bo = element.businessObject;
  const commands: unknown[] = [];
  let container = bo.get('extensionElements') as ModdleElement | undefined;
  if (!container) {
    container = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    container.$parent = bo;
    commands.push(update(element, bo, { extensionElements: container }));
  }
  let ext = getExtension(bo, type);
  if (!ext) {
    ext = bpmnFactory.create(type, {});
    ext.$parent = container;
    commands.push(update(element, container, { values: [...(container.get('values') ?? []), ext] }));
  }
  commands.push(update(element, ext, { [attr]: value === '' ? undefined : value }));
  commandStack.execute('properties-panel.multi-command-executor', commands);
}

export function update(element: DiagramElement, moddleElement: ModdleElement, properties: Record<string, unknown>) {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}

export const is = (element: DiagramElement, type: string) => element.businessObject.$type === type;
