/**
 * The condition of a sequence flow leaving an exclusive or inclusive gateway: a FEEL
 * expression in `bpmn:conditionExpression`, checked as you type.
 */
import { isTextFieldEntryEdited, TextFieldEntry } from '@bpmn-io/properties-panel';
import { createElement } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { feelSyntaxError } from '../feel-check';
import type { BpmnFactory, DiagramElement, ModdleElement } from '../wf-extension';
import type { WfStudioContext } from './studio-context';

function ConditionEntry(props: { element: DiagramElement; id: string }) {
  const { element, id } = props;
  const studio = useService<WfStudioContext>('wfStudio');
  const bpmnFactory = useService<BpmnFactory>('bpmnFactory');
  const modeling = useService<{ updateProperties(el: DiagramElement, props: Record<string, unknown>): void }>(
    'modeling',
  );
  const debounce = useService('debounceInput');
  return createElement(TextFieldEntry, {
    element,
    id,
    label: studio.t('designer.condition'),
    description: studio.t('designer.conditionHelp'),
    getValue: (el: DiagramElement) =>
      ((el.businessObject.get('conditionExpression') as ModdleElement | undefined)?.get('body') as
        string | undefined) ?? '',
    setValue: (value: string) => {
      const body = (value ?? '').trim();
      const expression = body
        ? bpmnFactory.create('bpmn:FormalExpression', { body: body.startsWith('=') ? body : `=${body}` })
        : undefined;
      modeling.updateProperties(element, { conditionExpression: expression });
    },
    debounce,
    validate: (value: string) => {
      if (!value?.trim()) return undefined;
      const error = feelSyntaxError(value.trim().replace(/^=/, ''));
      return error ? studio.t('designer.feelInvalid', { detail: error }) : undefined;
    },
  });
}

export function conditionGroup(element: DiagramElement, studio: WfStudioContext) {
  const source = element.businessObject.get('sourceRef') as ModdleElement | undefined;
  if (!source || !['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'].includes(source.$type)) return undefined;
  // The default flow carries no condition.
  if (source.get('default') === element.businessObject) return undefined;
  return {
    id: 'wf-condition',
    label: studio.t('designer.groupCondition'),
    entries: [{ id: 'wf-condition-expression', component: ConditionEntry, isEdited: isTextFieldEntryEdited }],
  };
}
