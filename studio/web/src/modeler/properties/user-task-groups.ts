/** Property groups of a user task: form, assignment, due date and SLA, outcomes. */
import type { WfStudioContext } from './studio-context';
import { wfSelectEntry } from './select-entry';
import { wfTextEntry } from './text-entry';
import { checkCommaList, checkDueDate, checkPriority } from './value-checks';

export const formOptions = (studio: WfStudioContext) =>
  studio.forms.map((f) => ({ value: f.id, label: `${f.title[studio.locale] || f.id} (${f.id})` }));

const formEntries = [
  wfSelectEntry({
    type: 'wf:Form',
    attr: 'id',
    label: 'designer.form',
    description: 'designer.formHelp',
    options: formOptions,
  }),
  wfTextEntry({
    type: 'wf:Form',
    attr: 'version',
    label: 'designer.formVersion',
    description: 'designer.formVersionHelp',
    check: (v) => (/^\d+$/.test(v) ? undefined : 'designer.versionInvalid'),
  }),
];

export function userTaskGroups(studio: WfStudioContext) {
  const t = studio.t;
  return [
    { id: 'wf-form', label: t('designer.groupForm'), entries: formEntries },
    {
      id: 'wf-assignment',
      label: t('designer.groupAssignment'),
      entries: [
        wfTextEntry({
          type: 'wf:Assignment',
          attr: 'assignee',
          label: 'designer.assignee',
          description: 'designer.assigneeHelp',
          feel: 'maybe',
        }),
        wfTextEntry({
          type: 'wf:Assignment',
          attr: 'candidateUsers',
          label: 'designer.candidateUsers',
          description: 'designer.commaListHelp',
          feel: 'maybe',
          check: checkCommaList,
        }),
        wfTextEntry({
          type: 'wf:Assignment',
          attr: 'candidateGroups',
          label: 'designer.candidateGroups',
          description: 'designer.commaListHelp',
          feel: 'maybe',
          check: checkCommaList,
        }),
      ],
    },
    {
      id: 'wf-schedule',
      label: t('designer.groupSchedule'),
      entries: [
        wfTextEntry({
          type: 'wf:TaskSchedule',
          attr: 'dueDate',
          label: 'designer.dueDate',
          description: 'designer.dueDateHelp',
          feel: 'maybe',
          check: checkDueDate,
        }),
        wfTextEntry({
          type: 'wf:TaskSchedule',
          attr: 'priority',
          label: 'designer.priority',
          description: 'designer.priorityHelp',
          check: checkPriority,
        }),
      ],
    },
    {
      id: 'wf-outcomes',
      label: t('designer.groupOutcomes'),
      entries: [
        wfTextEntry({
          type: 'wf:Outcomes',
          attr: 'values',
          label: 'designer.outcomes',
          description: 'designer.outcomesHelp',
          check: checkCommaList,
        }),
        wfTextEntry({
          type: 'wf:SendBack',
          attr: 'targets',
          label: 'designer.sendBackTargets',
          description: 'designer.sendBackTargetsHelp',
          check: checkCommaList,
        }),
      ],
    },
  ];
}

export function startEventGroups(studio: WfStudioContext) {
  return [{ id: 'wf-form', label: studio.t('designer.groupStartForm'), entries: formEntries }];
}
