// Public API of the BPMN compiler; other folders import only from here.
export { compileBpmn } from './compile-bpmn.js';
export type { ActivityInfo, CompileContext, CompileProblem, CompileResult } from './compile-types.js';
export { WF_NAMESPACE_URI, wfModdleDescriptor } from './descriptor.js';
export { BpmnErrorCode, BpmnWarningCode } from './problems.js';
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_XML_BYTES } from './limits.js';
