/**
 * What the properties panel knows about the studio, registered as the diagram service
 * `wfStudio`: installed activities and published forms for the pickers, and the studio's
 * translate function (the panel's labels follow the user's language).
 */
import type { ActivityEntry, FormSummary } from '../../api/types';
import type { Translate } from '../../i18n/i18n-context';

export interface WfStudioContext {
  activities: ActivityEntry[];
  forms: FormSummary[];
  t: Translate;
  locale: 'zh-CN' | 'en';
}

/** A diagram-js module carrying the context as the `wfStudio` service. */
export function studioContextModule(context: WfStudioContext) {
  return { wfStudio: ['value', context] };
}
