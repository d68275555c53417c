/**
 * Filling the core incident report (`core/incident-report`) on the task page the way a person
 * does: the date picker, selects, the yes/no radio that opens the injury section, photos and
 * a signature drawn on the pad with a finger (touch) or a mouse.
 */
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './antd.js';

export interface IncidentBasics {
  /** As typed into the date picker: `YYYY-MM-DD HH:mm:ss`. */
  occurredAt: string;
  location: string;
  /** The category's display name in the page's language. */
  category: string;
  description: string;
}

/** The antd Select whose input carries this rjsf field id. */
export const selectOf = (form: Locator, fieldId: string): Locator =>
  form.locator('.ant-select').filter({ has: form.page().locator(`#${fieldId}`) });

/** Fills the required fields every report has (everything but the injury answer and the signature). */
export async function fillIncidentBasics(page: Page, form: Locator, basics: IncidentBasics): Promise<void> {
  const occurredAt = form.locator('#root_occurredAt');
  await occurredAt.click();
  await occurredAt.fill(basics.occurredAt);
  await occurredAt.press('Enter');
  await form.locator('#root_location').fill(basics.location);
  await pickAndCheck(page, selectOf(form, 'root_category'), basics.category);
  await form.locator('#root_description').fill(basics.description);
}

/**
 * Picks the category and checks it stuck: on a loaded machine a click can land while the dropdown
 * is still animating, leaving the select empty (seen once in CI), so the pick is retried.
 */
export async function pickAndCheck(page: Page, select: Locator, label: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await pickOption(page, select, label);
    // The dropdown is portaled out of the select, so its text is the shown value (or placeholder).
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if ((await select.innerText()).includes(label)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (attempt === 3) throw new Error(`the select did not keep "${label}" after 3 picks`);
    await page.keyboard.press('Escape');
  }
}

/** Answers "was anyone injured?" by clicking the radio's label (是 / 否). */
export async function answerInjured(form: Locator, label: string): Promise<void> {
  await form.locator('#root_injured').getByText(label, { exact: true }).click();
}

/** A small PNG drawn by the browser itself (a real image the server's type sniffing accepts). */
export async function makePng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 64;
    const ctx = canvas.getContext('2d')!;
    const gradient = ctx.createLinearGradient(0, 0, 96, 64);
    gradient.addColorStop(0, '#fa8c16');
    gradient.addColorStop(1, '#1677ff');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 96, 64);
    ctx.fillStyle = '#fff';
    ctx.fillRect(36, 12, 24, 40);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** A zigzag across the pad, as points relative to its box. */
function strokePoints(box: { x: number; y: number; width: number; height: number }): Array<{ x: number; y: number }> {
  const points: Array<{ x: number; y: number }> = [];
  for (let i = 0; i <= 24; i++) {
    const fx = 0.1 + (0.8 * i) / 24;
    const fy = i % 2 === 0 ? 0.3 : 0.7;
    points.push({ x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) });
  }
  return points;
}

/** Signs on the pad: with touch events (a finger on a phone) or with the mouse. */
export async function drawSignature(page: Page, pad: Locator, input: 'touch' | 'mouse'): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not on the page');
  const [first, ...rest] = strokePoints(box);
  if (input === 'mouse') {
    await page.mouse.move(first!.x, first!.y);
    await page.mouse.down();
    for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 3 });
    await page.mouse.up();
    return;
  }
  // playwright-core only taps; a finger that moves goes through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first!] });
    for (const p of rest) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** How many pixels of the pad are inked. */
export function inkedPixels(pad: Locator): Promise<number> {
  return pad.evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });
}
