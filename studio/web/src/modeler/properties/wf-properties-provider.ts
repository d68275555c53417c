/**
 * Adds the platform's groups to the bpmn-js properties panel, by element kind: form,
 * assignment, due date and SLA, outcomes and mappings on user tasks; activity and mappings on
 * service tasks; start forms; FEEL conditions on gateway flows; FEEL scripts.
 */
import { activityGroups, scriptGroups } from './activity-groups';
import { conditionGroup } from './condition-group';
import { mappingGroup } from './mapping-group';
import type { WfStudioContext } from './studio-context';
import { startEventGroups, userTaskGroups } from './user-task-groups';
import type { BpmnFactory, CommandStack, DiagramElement } from '../wf-extension';

type Group = { id: string };

const ACTIVITY_TASKS = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'];
const LOW_PRIORITY = 500;

export class WfPropertiesProvider {
  static $inject = ['propertiesPanel', 'wfStudio', 'bpmnFactory', 'commandStack'];

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: WfPropertiesProvider): void },
    private readonly studio: WfStudioContext,
    private readonly bpmnFactory: BpmnFactory,
    private readonly commandStack: CommandStack,
  ) {
    propertiesPanel.registerProvider(LOW_PRIORITY, this);
  }

  getGroups(element: DiagramElement) {
    return (groups: Group[]) => {
      const type = element.businessObject.$type;
      const services = { bpmnFactory: this.bpmnFactory, commandStack: this.commandStack };
      const ours: Group[] = [];
      if (type === 'bpmn:UserTask') {
        ours.push(
          ...userTaskGroups(this.studio),
          mappingGroup(element, 'inputParameters', this.studio, services),
          mappingGroup(element, 'outputParameters', this.studio, services),
        );
      } else if (ACTIVITY_TASKS.includes(type)) {
        ours.push(
          ...activityGroups(this.studio),
          mappingGroup(element, 'inputParameters', this.studio, services),
          mappingGroup(element, 'outputParameters', this.studio, services),
        );
      } else if (type === 'bpmn:ScriptTask') {
        ours.push(...scriptGroups(this.studio));
      } else if (type === 'bpmn:StartEvent' && !(element.businessObject.get('eventDefinitions') ?? []).length) {
        ours.push(...startEventGroups(this.studio));
      } else if (type === 'bpmn:SequenceFlow') {
        const condition = conditionGroup(element, this.studio);
        if (condition) ours.push(condition);
      }
      // Ours go right after "General" so the settings that matter are at the top.
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, ...ours);
      return groups;
    };
  }
}

export const wfPropertiesProviderModule = {
  __init__: ['wfPropertiesProvider'],
  wfPropertiesProvider: ['type', WfPropertiesProvider],
};
