import type { ModdleElement } from 'bpmn-moddle';
import type { ReceiveTaskNode, ScriptTaskNode } from '../../graph/index.js';
import { present, readVariableName } from '../attribute-values.js';
import { readFeel } from '../feel.js';
import { BpmnErrorCode } from '../problems.js';
import { readMessageRef } from './event-definitions.js';
import type { MapContext } from './map-context.js';
import { nodeBase } from './node-base.js';

/**
 * Script tasks compute one FEEL expression into a variable. Scripts are data, never code: a
 * bpmn:script body in any language other than FEEL (JavaScript, Groovy…) is refused.
 */
export function mapScriptTask(task: ModdleElement, scope: string | undefined, mc: MapContext) {
  const id = task.id!;
  const raw = mc.reader.script(task);
  const body = present(task.script as string | undefined);
  const format = present(task.scriptFormat as string | undefined)?.toLowerCase();
  const foreignScript = body !== undefined && format !== 'feel';
  if (foreignScript) {
    mc.problems.error(
      BpmnErrorCode.InvalidScript,
      `Script language "${format ?? 'unspecified'}" is not supported; write the script as a FEEL expression (<wf:script expression="=..." resultVariable="x"/>).`,
      id,
    );
  }
  const expressionRaw = present(raw?.expression) ?? (format === 'feel' ? body : undefined);
  if (!expressionRaw && !foreignScript) {
    mc.problems.error(BpmnErrorCode.InvalidScript, 'The script task has no FEEL expression.', id);
  }
  const resultRaw = present(raw?.resultVariable);
  if (!resultRaw) {
    mc.problems.error(BpmnErrorCode.InvalidScript, 'The script task needs a resultVariable.', id);
  }
  const expression = expressionRaw && readFeel(expressionRaw, 'Script', id, mc.problems);
  const resultVariable = readVariableName(resultRaw, 'Result variable', id, mc.problems);
  const node: ScriptTaskNode = {
    ...nodeBase(task, scope, mc),
    type: 'scriptTask',
    expression: expression ?? '',
    resultVariable: resultVariable ?? '',
  };
  return node;
}

/** Receive tasks wait for the message they refer to. */
export function mapReceiveTask(task: ModdleElement, scope: string | undefined, mc: MapContext) {
  const message = readMessageRef(task.messageRef as ModdleElement | undefined, task.id!, mc);
  const node: ReceiveTaskNode = {
    ...nodeBase(task, scope, mc),
    type: 'receiveTask',
    messageName: message?.messageName ?? '',
    ...(message?.correlationKey ? { correlationKey: message.correlationKey } : {}),
  };
  return node;
}
