import { ChildWorkflowFailure, executeChild, isCancellation, workflowInfo } from '@temporalio/workflow';
import type { DefinitionBinding } from '../../activities/deps.js';
import type { CallActivityNode } from '../../graph/index.js';
import { BpmnError, IncidentError } from '../errors.js';
import type { ProcessInput, ProcessResult } from '../process-input.js';
import { applyResult, visibleVariables } from '../variables.js';
import { type NodeHandler, complete } from './node-handler.js';

/**
 * A call activity: loads the called definition through engine.loadDefinition (version
 * binding) and runs it as a child bpmnProcess on the same task queue. A BPMN error the
 * child does not catch is rethrown here for the call activity's boundaries. Not parkable:
 * continue-as-new waits for the child to finish.
 */
export const callActivityHandler: NodeHandler<CallActivityNode> = async ({ engine, token, node }) => {
  if (!token.done) {
    const binding: DefinitionBinding =
      node.binding === 'latest' || node.version === undefined ? 'latest' : { version: node.version };
    const deployed = await engine.activities.engine['engine.loadDefinition']({
      processKey: node.calledProcess,
      binding,
    });
    if (!deployed) {
      throw new IncidentError(
        'callActivity',
        `Process ${node.calledProcess} (${JSON.stringify(binding)}) is not deployed`,
      );
    }
    const variables = node.propagateAll
      ? { ...visibleVariables(engine, token.scopeId), ...token.locals }
      : { ...token.locals };
    const parentId = workflowInfo().workflowId;
    const input: ProcessInput = {
      definitionId: deployed.definitionId,
      processKey: deployed.graph.key,
      version: deployed.version,
      graph: deployed.graph,
      variables,
      ...(engine.input.businessKey ? { businessKey: engine.input.businessKey } : {}),
      ...(engine.input.startedBy ? { startedBy: engine.input.startedBy } : {}),
      parent: { workflowId: parentId, nodeId: node.id },
      ...(engine.input.settings ? { settings: engine.input.settings } : {}),
    };
    let result: ProcessResult;
    try {
      // By type name: importing bpmnProcess here would make the module graph circular.
      result = await executeChild<(input: ProcessInput) => Promise<ProcessResult>>('bpmnProcess', {
        workflowId: `${parentId}/${node.id}/${token.id}.${token.incidentCount ?? 0}`,
        args: [input],
      });
    } catch (err) {
      if (isCancellation(err)) throw err;
      const cause = err instanceof ChildWorkflowFailure ? (err.cause?.message ?? err.message) : String(err);
      throw new IncidentError('callActivity', `Called process ${node.calledProcess} failed: ${cause}`);
    }
    if (result.error) throw new BpmnError(result.error.code, result.error.message);
    token.done = { value: result.variables };
  }
  const childVariables = token.done.value as Record<string, unknown>;
  if (node.outputs?.length || node.propagateAll) applyResult(engine, token, node, childVariables);
  return complete;
};
