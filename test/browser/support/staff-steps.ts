/**
 * What the staff member does on a phone: starts the process, then works the inbox — approves
 * the review, fills the new form (with an uploaded scan) and submits it.
 */
import type { Page } from 'playwright-core';
import { expectToast } from './antd.js';

/** A real 1×1 PNG: the server checks a file's first bytes against its type. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function startProcess(page: Page, processKey: string, businessKey: string): Promise<string> {
  await page.goto('/start');
  await page.getByTestId(`start-card-${processKey}`).getByRole('button').click();
  await page.getByTestId('business-key').fill(businessKey);
  await page.getByTestId('start-instance').click();
  await page.waitForURL('**/monitor/**');
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

/** Opens the first task named `name` in the group inbox, reloading until it arrives. */
export async function openGroupTask(page: Page, name: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto('/inbox?scope=groups');
    const card = page.getByTestId('task-card').filter({ hasText: name }).first();
    try {
      await card.waitFor({ timeout: 3000 });
      await card.click();
      await page.getByTestId('task-actions').waitFor();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`task "${name}" never reached the group inbox: ${String(err)}`);
    }
  }
}

export async function completeWithOutcome(page: Page, outcome: string, toast: RegExp): Promise<void> {
  await page.getByTestId(`outcome-${outcome}`).click();
  await expectToast(page, toast);
  await page.waitForURL('**/inbox');
}

/** Fills the document-check form: name, the uploaded scan, ticks "documents complete". */
export async function fillDocumentCheck(page: Page, customer: string): Promise<void> {
  const form = page.getByTestId('task-form');
  await form.locator('#root_text1').fill(customer);
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'id-scan.png', mimeType: 'image/png', buffer: TINY_PNG });
  await form.locator('[data-attachment-id]').waitFor({ timeout: 15_000 });
  await form.locator('#root_checkbox1').check();
}
