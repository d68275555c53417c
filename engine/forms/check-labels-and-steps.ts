/**
 * Publish checks on the parts of a form around its schema: labels in every language for the
 * form and every field, and step field states that name real fields and known states.
 */
import type { FormField } from './field-paths.js';
import { FIELD_STATES, FORM_LOCALES, type FormProblem } from './form-model.js';
import { isPlainObject, joinPointer, splitPointer } from './json-pointer.js';

export function checkLabels(labels: unknown, fields: FormField[]): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!isPlainObject(labels))
    return [
      { pointer: '/labels', code: 'FORM_DOCUMENT_SHAPE', message: 'labels must be an object with zh-CN and en.' },
    ];
  for (const key of Object.keys(labels)) {
    if (!(FORM_LOCALES as readonly string[]).includes(key)) {
      problems.push({
        pointer: joinPointer('/labels', key),
        code: 'FORM_DOCUMENT_SHAPE',
        message: `Unsupported language "${key}"; forms carry ${FORM_LOCALES.join(' and ')}.`,
      });
    }
  }
  for (const locale of FORM_LOCALES) {
    const at = joinPointer('/labels', locale);
    const entry = labels[locale];
    if (!isPlainObject(entry)) {
      problems.push({ pointer: at, code: 'FORM_LABEL_MISSING', message: `Labels in ${locale} are missing.` });
      continue;
    }
    if (typeof entry.title !== 'string' || entry.title.trim() === '') {
      problems.push({
        pointer: joinPointer(at, 'title'),
        code: 'FORM_LABEL_MISSING',
        message: `The form has no title in ${locale}.`,
      });
    }
    const fieldLabels = isPlainObject(entry.fields) ? entry.fields : {};
    for (const field of fields) {
      if (splitPointer(field.path).at(-1) === '*') continue;
      const label = fieldLabels[field.path];
      if (!isPlainObject(label) || typeof label.label !== 'string' || label.label.trim() === '') {
        problems.push({
          pointer: joinPointer(at, 'fields', field.path),
          code: 'FORM_LABEL_MISSING',
          message: `Field ${field.path} has no label in ${locale}.`,
        });
      }
    }
    const known = new Set(fields.map((f) => f.path));
    for (const path of Object.keys(fieldLabels)) {
      if (!known.has(path)) {
        problems.push({
          pointer: joinPointer(at, 'fields', path),
          code: 'FORM_LABEL_MISSING',
          message: `Label for ${path}, which is not a field of this form.`,
        });
      }
    }
  }
  return problems;
}

/** Step ids are BPMN element ids; field states refer to property paths (no array items). */
export function checkSteps(steps: unknown, fields: FormField[]): FormProblem[] {
  if (steps === undefined) return [];
  if (!isPlainObject(steps))
    return [{ pointer: '/steps', code: 'FORM_STEP_INVALID', message: 'steps must map step ids to field states.' }];
  const problems: FormProblem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, code: 'FORM_STEP_INVALID', message });
  const known = new Set(fields.filter((f) => !f.path.includes('/*')).map((f) => f.path));
  for (const [stepId, step] of Object.entries(steps)) {
    const at = joinPointer('/steps', stepId);
    if (!/^[A-Za-z_][\w.-]{0,199}$/.test(stepId)) add(at, `"${stepId}" is not a BPMN element id.`);
    if (!isPlainObject(step)) {
      add(at, 'A step needs { default?, fields? }.');
      continue;
    }
    for (const key of Object.keys(step))
      if (key !== 'default' && key !== 'fields') add(joinPointer(at, key), `Unknown step setting "${key}".`);
    if (step.default !== undefined && !isFieldState(step.default))
      add(joinPointer(at, 'default'), `default must be one of ${FIELD_STATES.join(', ')}.`);
    if (step.fields === undefined) continue;
    if (!isPlainObject(step.fields)) {
      add(joinPointer(at, 'fields'), 'fields must map field paths to states.');
      continue;
    }
    for (const [path, state] of Object.entries(step.fields)) {
      const fieldAt = joinPointer(at, 'fields', path);
      if (!known.has(path))
        add(fieldAt, `${path} is not a field of this form (array items cannot have their own state).`);
      else if (!isFieldState(state)) add(fieldAt, `State must be one of ${FIELD_STATES.join(', ')}.`);
    }
  }
  return problems;
}

function isFieldState(value: unknown): boolean {
  return typeof value === 'string' && (FIELD_STATES as readonly string[]).includes(value);
}
