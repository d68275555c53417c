import type { ModdleElement } from 'bpmn-moddle';
import { displayName } from './map/node-base.js';
import { BpmnErrorCode, BpmnWarningCode, type ProblemSink } from './problems.js';

/**
 * Picks the process to compile. A collaboration may hold several pools; the one marked
 * isExecutable wins. Analyst diagrams often mark nothing executable: if exactly one process
 * has content, it is compiled with a warning.
 */
export function selectProcess(definitions: ModdleElement, problems: ProblemSink): ModdleElement | undefined {
  const processes = ((definitions.rootElements as ModdleElement[] | undefined) ?? []).filter(
    (e) => e.$type === 'bpmn:Process',
  );
  const executable = processes.filter((p) => p.isExecutable === true);
  if (executable.length === 1) return executable[0];
  if (executable.length > 1) {
    reportAmbiguous(executable, 'are marked executable', problems);
    return undefined;
  }
  const withContent = processes.filter((p) => ((p.flowElements as unknown[] | undefined) ?? []).length > 0);
  if (withContent.length === 1) {
    const process = withContent[0]!;
    problems.warn(
      BpmnWarningCode.NotExecutable,
      `Process "${displayName(process) ?? process.id}" is not marked executable; it is compiled because it is the only process.`,
      process.id,
    );
    return process;
  }
  if (withContent.length > 1) {
    reportAmbiguous(withContent, 'have content and none is marked executable', problems);
    return undefined;
  }
  problems.error(BpmnErrorCode.NoProcess, 'The document contains no process with any elements.', definitions.id);
  return undefined;
}

function reportAmbiguous(processes: ModdleElement[], why: string, problems: ProblemSink): void {
  const ids = processes.map((p) => `"${p.id}"`).join(', ');
  for (const process of processes) {
    problems.error(
      BpmnErrorCode.AmbiguousProcess,
      `Processes ${ids} ${why}; mark exactly one isExecutable="true".`,
      process.id,
    );
  }
}
