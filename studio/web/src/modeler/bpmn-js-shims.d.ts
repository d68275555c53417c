// bpmn-js-properties-panel and @bpmn-io/properties-panel ship no types; the studio uses a small surface.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export function useService<T = any>(name: string): T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

declare module '@bpmn-io/properties-panel' {
  type Component = (props: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
  export const TextFieldEntry: Component;
  export const TextAreaEntry: Component;
  export const SelectEntry: Component;
  export const ListGroup: Component;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isTextAreaEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
}

declare module '@bpmn-io/properties-panel/preact' {
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

declare module '@bpmn-io/properties-panel/assets/properties-panel.css';
declare module 'bpmn-js-properties-panel/dist/assets/properties-panel.css';
