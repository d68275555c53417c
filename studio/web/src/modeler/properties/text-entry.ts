/**
 * One text field of a `wf:*` extension element in the properties panel. Written with the
 * panel's own preact `createElement`: the panel does not render React components.
 */
import { isTextFieldEntryEdited, TextFieldEntry } from '@bpmn-io/properties-panel';
import { createElement } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { MessageKey } from '../../i18n/catalogs';
import { checkMaybeFeel, feelSyntaxError } from '../feel-check';
import { getExtensionAttr, setExtensionAttr, type DiagramElement } from '../wf-extension';
import type { WfStudioContext } from './studio-context';

export interface WfTextEntryOptions {
  /** Extension element type, e.g. `wf:TaskSchedule`. */
  type: string;
  attr: string;
  label: MessageKey;
  description?: MessageKey;
  /** `maybe`: FEEL when it starts with `=`; `always`: the whole value is FEEL. */
  feel?: 'maybe' | 'always';
  /** An extra check returning a message key when the value is wrong. */
  check?: (value: string) => MessageKey | undefined;
}

export function wfTextEntry(options: WfTextEntryOptions) {
  const id = `wf-${options.type.slice(3)}-${options.attr}`;
  function Entry(props: { element: DiagramElement }) {
    const { element } = props;
    const studio = useService<WfStudioContext>('wfStudio');
    const bpmnFactory = useService('bpmnFactory');
    const commandStack = useService('commandStack');
    const debounce = useService('debounceInput');
    const validate = (value: string) => {
      const feelError =
        options.feel === 'always'
          ? value.trim()
            ? feelSyntaxError(value.replace(/^\s*=/, ''))
            : undefined
          : checkMaybeFeel(value);
      if (feelError) return studio.t('designer.feelInvalid', { detail: feelError });
      const key = value.trim() ? options.check?.(value.trim()) : undefined;
      return key ? studio.t(key) : undefined;
    };
    return createElement(TextFieldEntry, {
      element,
      id,
      label: studio.t(options.label),
      description: options.description ? studio.t(options.description) : undefined,
      getValue: (el: DiagramElement) => getExtensionAttr(el, options.type, options.attr),
      setValue: (value: string) =>
        setExtensionAttr({ bpmnFactory, commandStack }, element, options.type, options.attr, value ?? ''),
      debounce,
      validate,
    });
  }
  return { id, component: Entry, isEdited: isTextFieldEntryEdited };
}
