/**
 * Input or output mappings (`wf:ioMapping` with `wf:input` / `wf:output`): a list where each
 * item maps a FEEL source to a variable. For a service task the inputs are the activity's input.
 */
import { isTextFieldEntryEdited, ListGroup, TextFieldEntry } from '@bpmn-io/properties-panel';
import { createElement } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { checkMaybeFeel } from '../feel-check';
import {
  getExtension,
  update,
  type BpmnFactory,
  type CommandStack,
  type DiagramElement,
  type ModdleElement,
} from '../wf-extension';
import type { WfStudioContext } from './studio-context';
import { checkVariableName } from './value-checks';

type Kind = 'inputParameters' | 'outputParameters';

function ParameterField(props: {
  element: DiagramElement;
  id: string;
  parameter: ModdleElement;
  field: 'source' | 'target';
}) {
  const { element, id, parameter, field } = props;
  const studio = useService<WfStudioContext>('wfStudio');
  const commandStack = useService<CommandStack>('commandStack');
  const debounce = useService('debounceInput');
  const validate = (value: string) => {
    if (field === 'source') {
      const error = checkMaybeFeel(value);
      return error ? studio.t('designer.feelInvalid', { detail: error }) : undefined;
    }
    const key = checkVariableName(value ?? '');
    return key ? studio.t(key) : undefined;
  };
  return createElement(TextFieldEntry, {
    element,
    id,
    label: studio.t(field === 'source' ? 'designer.mappingSource' : 'designer.mappingTarget'),
    getValue: () => (parameter.get(field) as string | undefined) ?? '',
    setValue: (value: string) =>
      commandStack.execute('element.updateModdleProperties', {
        element,
        moddleElement: parameter,
        properties: { [field]: value },
      }),
    debounce,
    validate,
  });
}

export function mappingGroup(
  element: DiagramElement,
  kind: Kind,
  studio: WfStudioContext,
  services: { bpmnFactory: BpmnFactory; commandStack: CommandStack },
) {
  const bo = element.businessObject;
  const mapping = getExtension(bo, 'wf:IoMapping');
  const parameters = (mapping?.get(kind) as ModdleElement[] | undefined) ?? [];
  const groupId = `wf-${kind}`;

  const add = (event: Event) => {
    event.stopPropagation();
    const { bpmnFactory, commandStack } = services;
    const commands: unknown[] = [];
    let container = bo.get('extensionElements') as ModdleElement | undefined;
    if (!container) {
      container = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
      container.$parent = bo;
      commands.push(update(element, bo, { extensionElements: container }));
    }
    let io = getExtension(bo, 'wf:IoMapping');
    if (!io) {
      io = bpmnFactory.create('wf:IoMapping', {});
      io.$parent = container;
      commands.push(update(element, container, { values: [...(container.get('values') ?? []), io] }));
    }
    const parameter = bpmnFactory.create(kind === 'inputParameters' ? 'wf:Input' : 'wf:Output', {
      source: '=',
      target: `var${parameters.length + 1}`,
    });
    parameter.$parent = io;
    commands.push(update(element, io, { [kind]: [...(io.get(kind) ?? []), parameter] }));
    commandStack.execute('properties-panel.multi-command-executor', commands);
  };

  const items = parameters.map((parameter, index) => {
    const id = `${groupId}-${index}`;
    return {
      id,
      label: `${parameter.get('target') ?? '?'} ← ${parameter.get('source') ?? ''}`,
      entries: [
        { id: `${id}-source`, component: ParameterField, parameter, field: 'source', isEdited: isTextFieldEntryEdited },
        { id: `${id}-target`, component: ParameterField, parameter, field: 'target', isEdited: isTextFieldEntryEdited },
      ],
      autoFocusEntry: `${id}-source`,
      remove: () =>
        services.commandStack.execute('element.updateModdleProperties', {
          element,
          moddleElement: mapping,
          properties: { [kind]: parameters.filter((p) => p !== parameter) },
        }),
    };
  });

  return {
    id: groupId,
    label: studio.t(kind === 'inputParameters' ? 'designer.groupInputs' : 'designer.groupOutputs'),
    component: ListGroup,
    add,
    items,
  };
}
