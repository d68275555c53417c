/** A choice among known values for one attribute of a `wf:*` extension element (forms, activities). */
import { isSelectEntryEdited, SelectEntry } from '@bpmn-io/properties-panel';
import { createElement } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { MessageKey } from '../../i18n/catalogs';
import { getExtensionAttr, setExtensionAttr, type DiagramElement } from '../wf-extension';
import type { WfStudioContext } from './studio-context';

export interface WfSelectEntryOptions {
  type: string;
  attr: string;
  label: MessageKey;
  description?: MessageKey;
  options(studio: WfStudioContext): Array<{ value: string; label: string }>;
}

export function wfSelectEntry(opts: WfSelectEntryOptions) {
  const id = `wf-${opts.type.slice(3)}-${opts.attr}`;
  function Entry(props: { element: DiagramElement }) {
    const { element } = props;
    const studio = useService<WfStudioContext>('wfStudio');
    const bpmnFactory = useService('bpmnFactory');
    const commandStack = useService('commandStack');
    const getOptions = (el: DiagramElement) => {
      const known = opts.options(studio);
      const current = getExtensionAttr(el, opts.type, opts.attr);
      // Keep a value the catalogue does not know (yet) selectable, so it is not lost silently.
      const extra =
        current && !known.some((o) => o.value === current)
          ? [{ value: current, label: studio.t('designer.unknownValue', { value: current }) }]
          : [];
      return [{ value: '', label: studio.t('designer.none') }, ...extra, ...known];
    };
    return createElement(SelectEntry, {
      element,
      id,
      label: studio.t(opts.label),
      description: opts.description ? studio.t(opts.description) : undefined,
      getValue: (el: DiagramElement) => getExtensionAttr(el, opts.type, opts.attr),
      setValue: (value: string) =>
        setExtensionAttr({ bpmnFactory, commandStack }, element, opts.type, opts.attr, value),
      getOptions,
    });
  }
  return { id, component: Entry, isEdited: isSelectEntryEdited };
}
