import wfDescriptorJson from './wf.json' with { type: 'json' };

/** Namespace URI of our BPMN extension elements (`xmlns:wf="…"`). */
export const WF_NAMESPACE_URI = 'http://playbook-studio.dev/schema/wf/1.0';

/**
 * The bpmn-moddle descriptor of the `wf:*` extension elements. The studio passes it to
 * bpmn-js (`moddleExtensions: { wf: wfModdleDescriptor }`) so the modeler round-trips them.
 *
 * Settings are child elements of `bpmn:extensionElements`, never attributes on BPMN elements,
 * so they cannot clash with camunda's attribute names (`formKey`, `assignee`, …).
 *
 * @example
 * <bpmn:serviceTask id="ServiceTask_Verify">
 *   <bpmn:extensionElements>
 *     <wf:activity ref="banking.verifyIdentity@2" retries="5" timeout="30s" resultVariable="kyc"/>
 *   </bpmn:extensionElements>
 * </bpmn:serviceTask>
 */
export const wfModdleDescriptor: Record<string, unknown> = wfDescriptorJson;
