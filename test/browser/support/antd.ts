/** Driving Ant Design controls the way a person does. */
import type { Locator, Page } from 'playwright-core';

/** Opens an antd Select and picks the option with this visible text. */
export async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await option.waitFor();
  await option.click();
}

/** Waits for an antd message (toast) containing `text`. */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor({ timeout: 20_000 });
}

/** Waits until `locator` matches exactly `count` elements (playwright-core has no expect). */
export async function waitForCount(locator: Locator, count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  while (Date.now() < deadline) {
    seen = await locator.count();
    if (seen === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${count} match(es) of ${String(locator)}, found ${seen}`);
}
