import type { Locator, Page } from 'playwright-core';

/**
 * @hello-pangea/dnd needs a press, a small move past its threshold, many small moves, a pause and a
 * release. The drop point is the target's horizontal centre (or `fromRight` px from its right edge),
 * `targetOffsetY` px below its top.
 */
export async function dragWithMouse(
  page: Page,
  source: Locator,
  target: Locator,
  targetOffsetY = 40,
  fromRight?: number,
): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not visible');
  const sx = from.x + from.width / 2;
  const sy = from.y + from.height / 2;
  const tx = fromRight == null ? to.x + to.width / 2 : to.x + to.width - fromRight;
  const ty = to.y + Math.min(targetOffsetY, to.height / 2);
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx, sy + 8);
  const steps = 25;
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(sx + ((tx - sx) * i) / steps, sy + 8 + ((ty - sy - 8) * i) / steps);
  await page.waitForTimeout(250);
  await page.mouse.up();
}
