/** Mouse work on the bpmn-js canvas: click and drag shapes, drop palette entries. */
import type { Page } from 'playwright-core';

export async function centerOf(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.djs-element[data-element-id="${elementId}"]`).first().boundingBox();
  if (!box) throw new Error(`${elementId} is not on the canvas`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks a shape until it is selected (a click that closes a popup menu selects nothing). */
export async function clickElement(page: Page, elementId: string): Promise<void> {
  const selected = page.locator(`.djs-element.selected[data-element-id="${elementId}"]`);
  for (let attempt = 0; attempt < 3; attempt++) {
    const { x, y } = await centerOf(page, elementId);
    await page.mouse.click(x, y);
    try {
      await selected.waitFor({ state: 'attached', timeout: 2000 });
      return;
    } catch {
      await page.waitForTimeout(300);
    }
  }
  await selected.waitFor({ state: 'attached', timeout: 2000 });
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a palette entry (e.g. `create.task`) onto the canvas at a screen point. */
export async function dropFromPalette(page: Page, action: string, to: { x: number; y: number }): Promise<void> {
  const box = await page.locator(`.djs-palette [data-action="${action}"]`).boundingBox();
  if (!box) throw new Error(`palette entry ${action} not found`);
  await drag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
}

/** Ids of the selected shapes. */
export async function selectedIds(page: Page): Promise<string[]> {
  return page
    .locator('.djs-element.selected')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-element-id') ?? ''));
}

/** Opens a group of the properties panel (groups start collapsed). */
export async function openGroup(page: Page, groupId: string): Promise<void> {
  const group = page.locator(`[data-group-id="group-${groupId}"]`);
  await group.waitFor();
  const entries = group.locator('.bio-properties-panel-group-entries');
  if (!(await entries.evaluate((e) => e.classList.contains('open'))))
    await group.locator('.bio-properties-panel-group-header').click();
}

/** The watermark must be visible and not covered by anything (bpmn-js license). */
export async function watermarkUncovered(page: Page): Promise<boolean> {
  return page
    .locator('.bjs-powered-by')
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.bottom - 2],
      ];
      return points.every(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit !== null && (hit === el || el.contains(hit));
      });
    });
}
