/** Property groups of service, send and business-rule tasks, and of script tasks. */
import { inLocale } from '../../shared/localized';
import type { WfStudioContext } from './studio-context';
import { wfSelectEntry } from './select-entry';
import { wfTextEntry } from './text-entry';
import { checkRetries, checkTimeout, checkVariableName } from './value-checks';

const activityEntries = [
  wfSelectEntry({
    type: 'wf:Activity',
    attr: 'ref',
    label: 'designer.activity',
    description: 'designer.activityHelp',
    options: (studio) =>
      studio.activities.map((a) => {
        const description = inLocale(a.description, studio.locale);
        return { value: a.ref, label: description ? `${a.ref} — ${description}` : a.ref };
      }),
  }),
  wfTextEntry({
    type: 'wf:Activity',
    attr: 'retries',
    label: 'designer.retries',
    description: 'designer.retriesHelp',
    check: checkRetries,
  }),
  wfTextEntry({
    type: 'wf:Activity',
    attr: 'timeout',
    label: 'designer.timeout',
    description: 'designer.timeoutHelp',
    check: checkTimeout,
  }),
  wfTextEntry({
    type: 'wf:Activity',
    attr: 'resultVariable',
    label: 'designer.resultVariable',
    check: checkVariableName,
  }),
];

export function activityGroups(studio: WfStudioContext) {
  return [{ id: 'wf-activity', label: studio.t('designer.groupActivity'), entries: activityEntries }];
}

const scriptEntries = [
  wfTextEntry({
    type: 'wf:Script',
    attr: 'expression',
    label: 'designer.scriptExpression',
    description: 'designer.feelHelp',
    feel: 'always',
  }),
  wfTextEntry({
    type: 'wf:Script',
    attr: 'resultVariable',
    label: 'designer.resultVariable',
    check: checkVariableName,
  }),
];

export function scriptGroups(studio: WfStudioContext) {
  return [{ id: 'wf-script', label: studio.t('designer.groupScript'), entries: scriptEntries }];
}
