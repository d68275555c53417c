/**
 * Namespace and search-attribute setup. The dev server registers search attributes only
 * when it creates the namespace, so an existing db file (or a real cluster) needs them
 * added here; both calls are idempotent.
 */
import type { Connection } from '@temporalio/client';
import type { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** A search attribute key as returned by `defineSearchAttributeKey`. */
export type SearchAttributeKey = ReturnType<typeof defineSearchAttributeKey<SearchAttributeType>>;

/** temporal.api.enums.v1.IndexedValueType numbers, to avoid a direct dependency on @temporalio/proto. */
const INDEXED_VALUE_TYPE: Record<SearchAttributeType, number> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};

const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;

export async function ensureNamespace(connection: Connection, namespace: string): Promise<void> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch (err) {
    if ((err as { code?: number }).code !== NOT_FOUND) throw err;
    await connection.workflowService
      .registerNamespace({
        namespace, // protobufjs accepts a number where the generated type says Long.
        workflowExecutionRetentionPeriod: { seconds: (3 * 24 * 3600) as never },
      })
      .catch((e: { code?: number }) => {
        if (e.code !== ALREADY_EXISTS) throw e;
      });
  }
}

export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  keys: readonly SearchAttributeKey[],
): Promise<void> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const known = new Set(Object.keys(existing.customAttributes ?? {}));
  const missing = keys.filter((k) => !known.has(k.name));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((k) => [k.name, INDEXED_VALUE_TYPE[k.type]])),
  });
}
