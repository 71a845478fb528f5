import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from './graphqlRequest';
import { SCREENSHOTS } from './launchBrowser';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// Deal win probabilities in the SPA (ADR 039): on the demo data of `npm start` (seed 42, 5,000
// leads) the first start trains a deal model that beats the stage rates; cards show each open
// deal's chance, the deal page explains it.
let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

async function shoot(name: string, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

beforeAll(async () => {
  session = await startBrowserSession({ leads: 5000 });
  ({ stack, page } = session);
}, 300_000);
afterAll(() => session?.stop());

describe('deal win probability', () => {
  it('shows each open deal its chance on the board and explains it on the deal page', async () => {
    const { dealWinModels } = await graphqlRequest<{
      dealWinModels: { version: number; active: boolean }[];
    }>(stack.origin, '{ dealWinModels { version active } }');
    expect(dealWinModels).toEqual([{ version: 1, active: true }]);

    await page.goto(`${stack.origin}/board`);
    const chance = page.getByTestId('win-chance').first();
    await chance.waitFor();
    expect(await chance.textContent()).toMatch(/^\d{1,3}%\d{1,3}% chance to win$/);
    for (const width of [1440, 390]) await shoot('win-probability-board', width);

    await page.locator('.deal-card').first().click();
    const panel = page.getByTestId('win-probability');
    await panel.waitFor();
    expect(await page.getByTestId('win-probability-basis').textContent()).toMatch(
      /^Deal model v1: \d+ % from/,
    );
    expect(await page.getByTestId('win-factor-list').locator('li').count()).toBe(8);
    expect(await page.getByTestId('win-model-card').textContent()).toMatch(
      /ranking \(AUC\) 0\.\d\d against 0\.\d\d for the stage rates/,
    );
    for (const width of [1440, 390]) await shoot('win-probability-deal', width);
  }, 120_000);
});
