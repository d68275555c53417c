import { Connection } from '@temporalio/client';
import { expect, inject, it } from 'vitest';

it('should reach the dev server', async () => {
  const c = await Connection.connect({ address: inject('temporalAddress') });
  const ns = await c.workflowService.describeNamespace({ namespace: inject('temporalNamespace') });
  expect(ns.namespaceInfo?.name).toBe(inject('temporalNamespace'));
  const sa = await c.operatorService.listSearchAttributes({ namespace: inject('temporalNamespace') });
  expect(Object.keys(sa.customAttributes ?? {})).toContain('PsOpenTasks');
  await c.close();
});
