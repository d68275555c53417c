/**
 * Runs the platform's BPMN compiler (engine/bpmn, the same code the server deploys with) in
 * the browser against the installed activities and published forms, so problems show on the
 * diagram while drawing instead of after a failed deploy.
 */
import { compileBpmn, type ActivityInfo, type CompileProblem } from '../../../../engine/bpmn/index';
import type { ActivityEntry, FormSummary } from '../api/types';

export async function checkDiagram(
  xml: string,
  activities: ActivityEntry[],
  forms: FormSummary[],
): Promise<CompileProblem[]> {
  const result = await compileBpmn(xml, {
    findActivity: (plugin, name, major) => {
      const found = activities.find((a) => a.plugin === plugin && a.name === name && a.major === major);
      // The server sends the catalogue's own options, so the shape is ActivityOptions.
      return found ? { plugin, name, major, options: found.options as unknown as ActivityInfo['options'] } : undefined;
    },
    hasForm: (id, version) => forms.some((f) => f.id === id && (version === undefined || version <= f.latestVersion)),
  });
  return result.ok ? result.warnings : [...result.problems, ...result.warnings];
}

export const isError = (p: { severity?: string }) => p.severity !== 'warning';
