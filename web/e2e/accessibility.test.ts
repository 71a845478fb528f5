import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from './graphqlRequest';
import { launchBrowser, SCREENSHOTS } from './launchBrowser';
import { startTestStack, type TestStack } from './testStack';

// Any screen, any user (issue 16, ADR 018): every page at phone, tablet and laptop sizes with no
// sideways overflow and no serious or critical axe-core violation; the board by keyboard only.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let stack: TestStack;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
let pages: { name: string; path: string; ready: string }[];

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
    ).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: Violation[];
    };
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

const tabOnce = async () => {
  await page.keyboard.press('Tab');
  return page.evaluate(() => document.activeElement?.getAttribute('data-deal-id') ?? null);
};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack({ leads: 300 });
  await graphqlRequest(stack.origin, 'mutation { retrainScoringModel { activated } }').catch(
    (e: unknown) => console.warn('retrain failed:', e),
  );
  await graphqlRequest(stack.origin, 'mutation { refreshLeadScores { rescored } }').catch(
    (e: unknown) => console.warn('rescoring failed:', e),
  );
  const deal = await stack.db.prisma.deal.findFirstOrThrow({
    where: { stage: { kind: 'OPEN' } },
    orderBy: { position: 'asc' },
  });
  const lead = await stack.db.prisma.lead.findFirstOrThrow({
    where: { score: { not: null } },
    orderBy: { score: 'desc' },
  });
  const customer = await stack.db.prisma.customer.findFirstOrThrow({ orderBy: { id: 'asc' } });
  pages = [
    { name: 'board', path: '/board/pl-new', ready: '[data-deal-id]' },
    { name: 'leads', path: '/leads', ready: '[data-testid="lead-table"]' },
    { name: 'lead', path: `/leads/${lead.id}`, ready: '[data-testid="score-explanation"]' },
    { name: 'deal', path: `/deals/${deal.id}`, ready: 'form[aria-label="Edit deal"]' },
    { name: 'dashboard', path: '/dashboard', ready: '[data-testid="model-auc"]' },
    { name: 'customers', path: '/customers', ready: '.table tbody a' },
    { name: 'customer', path: `/customers/${customer.id}`, ready: 'h1' },
    { name: 'settings', path: '/settings/pipelines/pl-new', ready: '[data-testid="stage-list"]' },
    { name: 'not-found', path: '/no-such-page', ready: 'h1' },
  ];
  ({ context, close: closeBrowser } = await launchBrowser());
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
});

afterAll(async () => {
  await closeBrowser?.();
  await stack?.stop();
});

describe.each(SIZES)('every page at $width×$height', (size) => {
  it('fits the screen, passes axe-core (no serious or critical violation) and has its own title', async () => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const problems: Record<string, string[]> = {};
    const titles = new Set<string>();
    for (const p of pages) {
      await page.goto(`${stack.origin}${p.path}`);
      await page
        .locator(p.ready)
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(async (error: unknown) => {
          throw new Error(
            `${p.name}: ${String(error)}\n${await page
              .locator('body')
              .innerText({ timeout: 2_000 })
              .catch(() => '(nothing rendered)')}`,
          );
        });
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const found = await seriousViolations();
      if (width > size.width) found.push(`page is ${width}px wide`);
      if (found.length) problems[p.name] = found;
      titles.add(await page.title());
      if (size.width !== 1024)
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${p.name}-${size.name}.png`),
          fullPage: true,
        });
    }
    expect(problems).toEqual({});
    expect(titles.size).toBe(pages.length);
  });
});

describe('keyboard and screen reader', () => {
  it('tabs once per column, moves with arrows, and closes a deal as won with the keyboard only', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.origin}/board/pl-new`);
    await page.locator('[data-deal-id]').first().waitFor();
    await page.locator('#main h1').focus();
    // Filters first, then one stop per column: the first card of each.
    const stops: string[] = [];
    for (let i = 0; i < 40 && stops.length < 3; i++) {
      const id = await tabOnce();
      if (id) stops.push(id);
    }
    const firstCards = await page
      .locator('section.column')
      .evaluateAll((columns) =>
        columns
          .map((c) => c.querySelector('[data-deal-id]')?.getAttribute('data-deal-id'))
          .filter(Boolean),
      );
    expect(stops).toEqual(firstCards.slice(0, 3));

    // In the first column, down to its second card, and close it as won.
    await page.locator('section.column').first().locator('[data-deal-id][tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const dealId = await page.evaluate(() => document.activeElement?.getAttribute('data-deal-id'));
    expect(dealId).toBeTruthy();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MarkDealWon'),
    );
    await page.keyboard.press('w');
    expect((await (await saved).json()).errors).toBeUndefined();
    await page.locator(`[data-deal-id="${dealId}"]`).waitFor({ state: 'detached' });
    const { deal } = await graphqlRequest<{ deal: { stage: { kind: string } } }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { stage { kind } } }',
      { id: dealId },
    );
    expect(deal.stage.kind).toBe('WON');
    // Focus stayed in the column, on a neighbouring card.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-deal-id'))).toBe(
      true,
    );
  });

  it('announces a keyboard drag with deal and stage names, never ids', async () => {
    await page.goto(`${stack.origin}/board/pl-new`);
    const first = page.locator('section.column').first().locator('[data-deal-id]').first();
    await first.waitFor();
    const announced = () =>
      page
        .locator('[id^="rfd-announcement"]')
        .evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '));
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(announced).toMatch(/^Picked up “.+” in Qualification, position 1 of \d+\.$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toMatch(/^Over Discovery, position \d+ of \d+\.$/);
    await page.keyboard.press('Escape');
    await expect.poll(announced).toMatch(/^“.+” stays in Qualification\.$/);
  });

  it('titles each page and moves focus to its heading after a route change', async () => {
    await page.goto(`${stack.origin}/board/pl-new`);
    await page.locator('[data-deal-id]').first().waitFor();
    await page.getByRole('link', { name: 'Leads' }).first().click();
    await page.locator('[data-testid="lead-table"]').waitFor();
    await expect.poll(() => page.title()).toBe('Leads · Pipeline');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});

describe('errors and typed text', () => {
  it('keeps the typed lost reason and says why in plain words when the server refuses', async () => {
    await page.goto(`${stack.origin}/board/pl-new`);
    const card = page.locator('section.column').first().locator('[data-deal-id]').first();
    await card.waitFor();
    const dealId = (await card.getAttribute('data-deal-id'))!;
    // Someone else saves the deal after this board was loaded.
    await stack.db.prisma.deal.update({
      where: { id: dealId },
      data: { version: { increment: 1 } },
    });
    await card.focus();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const reason = 'Went with the incumbent after the pilot';
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'changed by someone else' }).waitFor();
    expect(await dialog.getByLabel('Reason').inputValue()).toBe(reason);
    // A reason over the limit is refused before anything is sent, and the text stays.
    await dialog.getByLabel('Reason').fill('x'.repeat(11_000));
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'characters or fewer' }).waitFor();
    expect((await dialog.getByLabel('Reason').inputValue()).length).toBe(11_000);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'board-lost-reason-refused.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('state in the URL', () => {
  it('restores the lead table’s filters and page after a reload, and a board deep link keeps its filter', async () => {
    await page.goto(`${stack.origin}/leads?sort=NAME&dir=ASC`);
    await page.locator('[data-testid="lead-table"]').waitFor();
    const firstPage = await page.locator('[data-testid="lead-table"] tbody a').first().innerText();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    await expect
      .poll(() => page.locator('[data-testid="lead-table"] tbody a').first().innerText())
      .not.toBe(firstPage);
    const secondPage = await page.locator('[data-testid="lead-table"] tbody a').allInnerTexts();
    await page.reload();
    await page.locator('[data-testid="lead-table"]').waitFor();
    expect(page.url()).toMatch(/sort=NAME&dir=ASC/);
    await expect
      .poll(() => page.locator('[data-testid="lead-table"] tbody a').allInnerTexts())
      .toEqual(secondPage);
    await expect(page.locator('.pagination').innerText()).resolves.toMatch(/page 2 of/);

    await page.goto(`${stack.origin}/board?q=Pilot`);
    await page.waitForURL(/\/board\/[^?]+\?q=Pilot/);
    expect(await page.getByLabel('Search').inputValue()).toBe('Pilot');
  });
});
