/**
 * Puts a form's labels of one language into its uiSchema: field titles, help texts and the
 * display names of options, so rjsf shows the form in the user's language. The schema
 * itself stays untouched: it is what validates.
 */
import type { FormLocaleLabels } from '../../../../engine/forms/index';

type Ui = Record<string, unknown>;

/** `/witnesses/*\/name` → ['witnesses', 'items', 'name'] (rjsf nests array items under `items`). */
function uiPath(fieldPath: string): string[] {
  return fieldPath
    .split('/')
    .slice(1)
    .map((s) => (s === '*' ? 'items' : s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function nodeAt(root: Ui, path: string[]): Ui {
  let node = root;
  for (const segment of path) {
    const next = node[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Ui;
  }
  return node;
}

export function localizeUiSchema(uiSchema: Ui | undefined, labels: FormLocaleLabels | undefined): Ui {
  const out: Ui = structuredClone(uiSchema ?? {});
  if (!labels) return out;
  // The page shows the form's title and description around the form; rjsf repeating them
  // (or the schema's English `title`) as a legend would say it twice.
  out['ui:title'] = '';
  out['ui:description'] = '';
  for (const [path, label] of Object.entries(labels.fields ?? {})) {
    const node = nodeAt(out, uiPath(path));
    node['ui:title'] = label.label;
    if (label.help) node['ui:help'] = label.help;
    if (label.options) node['ui:enumNames'] = label.options;
  }
  // Items of a list without a label of their own (`/photos/*`) take the list's label, not rjsf's
  // "photos-1" made of the field name. rjsf reads `items` of array fields only.
  for (const [path, label] of Object.entries(labels.fields ?? {})) {
    if (labels.fields[`${path}/*`]) continue;
    const items = nodeAt(out, [...uiPath(path), 'items']);
    items['ui:title'] ??= label.label;
  }
  return out;
}
