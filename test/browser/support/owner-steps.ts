/**
 * What the process owner does in the persona test: builds a form in the form designer and
 * publishes it, then changes the playbook's diagram (an SLA, a new user task bound to that
 * form, a FEEL condition) and deploys a new version.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectToast, pickOption, waitForCount } from './antd.js';
import { centerOf, clickElement, drag, dropFromPalette, openGroup, selectedIds } from './bpmn-canvas.js';

export const NEW_FORM_ID = 'branch/document-check';

async function label(page: Page, zh: string, en: string): Promise<void> {
  await page.getByTestId('prop-label-zh').fill(zh);
  await page.getByTestId('prop-label-en').fill(en);
}

/** Builds "Document check": name, ID scan (attachment), complete? (checkbox), what is missing (conditional). */
export async function buildAndPublishForm(page: Page): Promise<void> {
  await page.goto('/forms/new');
  await page.getByTestId('form-id').fill(NEW_FORM_ID);
  await page.getByTestId('form-title-zh').fill('材料核对');
  await page.getByTestId('form-title-en').fill('Document check');

  await page.getByTestId('palette-text').click();
  await label(page, '客户姓名', 'Customer name');
  await page.getByTestId('prop-required').click();

  await page.getByTestId('palette-attachment').click();
  await label(page, '证件扫描件', 'ID scan');
  await page.getByTestId('prop-required').click();

  await page.getByTestId('palette-checkbox').click();
  await label(page, '材料齐全', 'Documents complete');

  await page.getByTestId('palette-text').click();
  await label(page, '缺少的材料', 'What is missing');
  // Shown only while "Documents complete" is not ticked.
  await pickOption(page, page.getByTestId('condition-editor').locator('.ant-select').first(), 'Documents complete');
  await page.getByTestId('condition-editor').locator('.ant-switch').click();

  await waitForCount(page.getByTestId('field-canvas').locator('[data-testid^="field-"]'), 4);
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByTestId('form-preview').getByText('Customer name').waitFor();
}

export async function publishForm(page: Page): Promise<void> {
  await waitForCount(page.getByTestId('form-problems'), 0);
  await page.getByTestId('publish-form').click();
  await expectToast(page, `${NEW_FORM_ID} version 1`);
  await page.waitForURL(`**/forms/${NEW_FORM_ID}`);
  // The published document opens again in the designer, field for field.
  await page.reload();
  await waitForCount(page.getByTestId('field-canvas').locator('[data-testid^="field-"]'), 4);
}

/** Opens the diagram, sets the review SLA to 4 h, inserts "Check documents" after approval, deploys. */
export async function changeAndDeploy(page: Page, processKey: string): Promise<string> {
  await page.goto('/processes');
  await page.getByTestId(`process-${processKey}`).click();
  await page.locator('.djs-element[data-element-id="UserTask_Review"]').waitFor();
  await page.getByTestId('problems-none').waitFor();

  // The SLA: due 4 hours after the review task opens.
  await clickElement(page, 'UserTask_Review');
  await openGroup(page, 'wf-schedule');
  await page.locator('#bio-properties-panel-wf-TaskSchedule-dueDate').fill('P4X');
  await page.locator('[data-group-id="group-wf-schedule"] .bio-properties-panel-error').waitFor(); // checked as you type
  await page.locator('#bio-properties-panel-wf-TaskSchedule-dueDate').fill('PT4H');
  await waitForCount(page.locator('[data-group-id="group-wf-schedule"] .bio-properties-panel-error'), 0);

  // Make room after the gateway, then drop a task onto the "approve" flow: bpmn-js splits the flow.
  const end = await centerOf(page, 'EndEvent_Approved');
  await drag(page, end, { x: end.x + 130, y: end.y });
  await dropFromPalette(page, 'create.task', await centerOf(page, 'Flow_Approved'));
  await page.keyboard.press('Escape'); // leave the label editor the new task opens with
  const [taskId] = await selectedIds(page);
  expect(taskId).toBeTruthy();
  // The compiler runs as you draw: an untyped task is marked on the diagram.
  await page.locator(`[data-testid="problem-badge-${taskId}"]`).waitFor();
  await clickElement(page, taskId!);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
  const [userTaskId] = await selectedIds(page);
  await clickElement(page, userTaskId!);
  await openGroup(page, 'general');
  await page.locator('#bio-properties-panel-name').fill('Check documents');
  await openGroup(page, 'wf-form');
  await page.locator('#bio-properties-panel-wf-Form-id').selectOption(NEW_FORM_ID);
  await openGroup(page, 'wf-assignment');
  await page.locator('#bio-properties-panel-wf-Assignment-candidateGroups').fill('bank-branch-01');

  // The FEEL condition on the approve flow, checked as you type.
  await clickElement(page, 'Flow_Approved');
  await openGroup(page, 'wf-condition');
  const condition = page.locator('#bio-properties-panel-wf-condition-expression');
  await condition.fill('outcome = ');
  await page.locator('[data-group-id="group-wf-condition"] .bio-properties-panel-error').waitFor();
  await condition.fill('outcome = "approve"');
  await waitForCount(page.locator('[data-group-id="group-wf-condition"] .bio-properties-panel-error'), 0);

  await page.getByTestId('problems-none').waitFor({ timeout: 10_000 });
  return userTaskId!;
}

export async function deploy(page: Page, processKey: string, version: number): Promise<void> {
  await page.getByTestId('deploy').click();
  await expectToast(page, `${processKey} version ${version} is deployed`);
  await page.waitForURL(`**/processes/${processKey}?version=${version}`);
  await page.locator('.djs-element[data-element-id="UserTask_Review"]').waitFor();
}
