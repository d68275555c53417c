import { defineSearchAttributeKey } from '@temporalio/common';

/** Process definition key of the instance (for `temporal workflow list --query`). */
export const processKeyAttribute = defineSearchAttributeKey('PsProcessKey', 'KEYWORD');
/** Version of the definition the instance is pinned to. */
export const processVersionAttribute = defineSearchAttributeKey('PsProcessVersion', 'INT');
/** Caller-chosen business key (order number, case number…). */
export const businessKeyAttribute = defineSearchAttributeKey('PsBusinessKey', 'KEYWORD');
/** Ids of the instance's open user tasks; an operator aid, the inbox table is authoritative. */
export const openTasksAttribute = defineSearchAttributeKey('PsOpenTasks', 'KEYWORD_LIST');

/** Every custom search attribute the engine writes; the dev server and operators must register them. */
export const engineSearchAttributes = [
  processKeyAttribute,
  processVersionAttribute,
  businessKeyAttribute,
  openTasksAttribute,
] as const;
