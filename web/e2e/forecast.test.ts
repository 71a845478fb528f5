import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStageRate } from '../src/modules/stageRates/utils/describeStageRate';
import { graphqlRequest } from './graphqlRequest';
import { SCREENSHOTS } from './launchBrowser';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// Issue 13 in the SPA (ADR 029): stored targets on the dashboard, stage rates in Settings and in the
// board's column headers, and a notice instead of a silent jump when the rates change.
const PIPELINE = 'pl-new';
const QUALIFICATION = 'pl-new-st-0';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

type Stage = {
  id: string;
  name: string;
  kind: string;
  probability: number | null;
  learnedConversionRate: number | null;
  learnedSampleSize: number;
  priorProbability: number | null;
  effectiveProbability: number | null;
};
type Rates = {
  stageRateWindowMonths: number;
  stageRatesComputedAt: string | null;
  stageRatesClosedDeals: number;
  stages: Stage[];
};

async function rates(): Promise<Rates> {
  const { pipeline } = await graphqlRequest<{ pipeline: Rates }>(
    stack.origin,
    `query ($id: ID!) { pipeline(id: $id) { stageRateWindowMonths stageRatesComputedAt
      stageRatesClosedDeals stages { id name kind probability learnedConversionRate
      learnedSampleSize priorProbability effectiveProbability } } }`,
    { id: PIPELINE },
  );
  return pipeline;
}

async function shoot(name: string, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  session = await startBrowserSession({ leads: 200 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('targets on the dashboard', () => {
  it('sets a team target for this month, shows it against the forecast, and keeps it after a reload', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // An open deal whose expected close date has passed: named, and counted in this month.
    const late = await stack.db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: PIPELINE, stage: { kind: 'OPEN' } },
      orderBy: { id: 'asc' },
    });
    await stack.db.prisma.deal.update({
      where: { id: late.id },
      data: { expectedCloseDate: new Date(Date.now() - 10 * 86_400_000) },
    });
    // And one with no expected close date: in no month, and said so with its count and total.
    const undated = await stack.db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: PIPELINE, stage: { kind: 'OPEN' }, id: { not: late.id } },
      orderBy: { id: 'asc' },
    });
    await stack.db.prisma.deal.update({
      where: { id: undated.id },
      data: { expectedCloseDate: null },
    });
    const { forecast, undatedOpenDeals } = await graphqlRequest<{
      forecast: { month: string; overdueCount: number }[];
      undatedOpenDeals: { dealCount: number };
    }>(
      stack.origin,
      'query ($p: ID) { forecast(pipelineId: $p) { month overdueCount } undatedOpenDeals(pipelineId: $p) { dealCount } }',
      { p: PIPELINE },
    );
    expect(undatedOpenDeals.dealCount).toBeGreaterThan(0);
    const overdue = forecast.find((m) => m.month === thisMonth())!.overdueCount;
    expect(overdue).toBeGreaterThan(0);
    await page.goto(`${stack.origin}/dashboard?pipeline=${PIPELINE}`);
    await expect
      .poll(() => page.locator('[data-testid="overdue-note"]').textContent())
      .toMatch(
        new RegExp(
          `^${overdue} open deals? (is|are) overdue \\(\\$[\\d.,]+K? at full value\\): .* counted in ${new Date().toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} \\d{4} `,
        ),
      );
    const undatedCount = undatedOpenDeals.dealCount;
    expect(await page.locator('[data-testid="undated-note"]').textContent()).toMatch(
      new RegExp(
        `^${undatedCount} open deals? (has|have) no expected close date \\([^)]*\\d at full value\\), so (it is|they are) in no month of this forecast\\.`,
      ),
    );
    const form = page.getByRole('form', { name: 'Set a monthly target' });
    await form.waitFor();
    // A wrong amount is refused next to the field, in plain words, and nothing is sent.
    await form.getByLabel('Target (USD)').fill('lots');
    await form.getByRole('button', { name: /target/ }).click();
    await expect
      .poll(() => form.locator('#target-amount-error').textContent())
      .toMatch(/^Enter an amount of up to 12 digits/);
    expect(await form.getByLabel('Target (USD)').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Month').selectOption(thisMonth());
    await form.getByLabel('For').selectOption('');
    await form.getByLabel('Target (USD)').fill('25,000');
    const saved = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SetSalesTarget'),
    );
    await form.getByRole('button', { name: /target/ }).click();
    expect((await (await saved).json()).errors).toBeUndefined();
    const row = page.locator('[data-testid="sales-targets"] tbody tr', { hasText: 'Whole team' });
    await expect.poll(() => row.first().textContent()).toContain('$25,000');
    expect(page.url()).not.toContain('target=');

    await page.reload();
    await page.locator('[data-testid="sales-targets"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="sales-targets"]').textContent())
      .toContain('$25,000');
    // The team row of the attainment table is measured against it.
    const team = page.locator('[data-testid="attainment-table"] tfoot tr');
    await expect.poll(() => team.textContent()).toContain('$25,000');
    const stored = await graphqlRequest<{ salesTargets: { month: string; amount: string }[] }>(
      stack.origin,
      'query ($p: ID) { salesTargets(pipelineId: $p) { month amount owner { id } } }',
      { p: PIPELINE },
    );
    expect(stored.salesTargets).toEqual([
      expect.objectContaining({ month: thisMonth(), amount: '25000.00' }),
    ]);
    await shoot('forecast-dashboard', 1440);
    await shoot('forecast-dashboard', 390);
    // On a phone the attainment and target tables keep every column in view.
    for (const name of ['Attainment per rep', 'Monthly targets']) {
      const panel = page.locator(`section.panel[aria-label="${name}"]`);
      const wrap = panel.locator('.table-wrap');
      await panel.screenshot({
        path: path.join(SCREENSHOTS, `forecast-${name.split(' ')[0]!.toLowerCase()}-390.png`),
      });
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});

describe('stage rates', () => {
  it('Settings shows each open stage’s setting, learned rate, rate used and closed deals', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.origin}/settings/pipelines/${PIPELINE}`);
    await page.locator('[data-testid="stage-list"]').waitFor();
    const { stages, stageRateWindowMonths } = await rates();
    const learned = stages.filter((s) => s.kind === 'OPEN' && s.learnedConversionRate != null);
    expect(learned.length).toBeGreaterThan(0);
    for (const stage of stages) {
      const row = page.locator(`[data-stage-row="${stage.name}"]`);
      const sentence = describeStageRate(stage, stageRateWindowMonths);
      if (sentence === null) {
        expect(await row.locator('[data-testid="stage-rate"]').count()).toBe(0);
        continue;
      }
      await expect
        .poll(() => row.locator('[data-testid="stage-rate"]').textContent())
        .toBe(sentence);
    }
    const first = learned[0]!;
    const text = await page
      .locator(`[data-stage-row="${first.name}"] [data-testid="stage-rate"]`)
      .textContent();
    expect(text).toContain(`your ${first.learnedSampleSize} closed deals in the last 12 months`);
    expect(text).toContain(`learned ${Math.round(first.learnedConversionRate! * 100)}%`);
    expect(text).toContain(`Used: ${Math.round(first.effectiveProbability! * 100)}%`);
    await shoot('forecast-settings', 1440);
    await shoot('forecast-settings', 390);

    // The window: refused in plain words when out of range, saved (and the words follow) when not.
    await page.setViewportSize({ width: 1440, height: 900 });
    const windowField = page.getByLabel('Learn from deals closed in the last … months');
    await windowField.fill('99');
    await page.getByRole('button', { name: 'Save window' }).click();
    await expect
      .poll(() => page.locator('#rate-window-pl-new-error').textContent())
      .toBe('Enter a number of months from 1 to 60.');
    await windowField.fill('6');
    await page.getByRole('button', { name: 'Save window' }).click();
    await expect
      .poll(() =>
        page.locator(`[data-stage-row="${first.name}"] [data-testid="stage-rate"]`).textContent(),
      )
      .toContain('in the last 6 months');
    expect((await rates()).stageRateWindowMonths).toBe(6);
    await windowField.fill('12');
    await page.getByRole('button', { name: 'Save window' }).click();
    await expect.poll(async () => (await rates()).stageRateWindowMonths).toBe(12);
  });

  it('the column header explains its rate by keyboard, and to a screen reader', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.origin}/board/${PIPELINE}`);
    const column = page.locator(`section.column[data-stage-id="${QUALIFICATION}"]`);
    await column.locator('[data-deal-id]').first().waitFor();
    const button = column.locator('.info-tip__button');
    await page.locator('#main h1').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await button.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const tooltip = column.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const stage = (await rates()).stages.find((s) => s.id === QUALIFICATION)!;
    const sentence = describeStageRate(stage, 12)!;
    expect(await tooltip.textContent()).toBe(sentence);
    // Announced with the button: the tooltip is its accessible description.
    const describedBy = await button.getAttribute('aria-describedby');
    expect(await tooltip.getAttribute('id')).toBe(describedBy);
    expect(await button.getAttribute('aria-label')).toMatch(
      /^\d+%: how the rate of Qualification is worked out$/,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'forecast-board-tooltip.png') });
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
  });

  it('closing a deal that changes the rates says so on the board, and on the dashboard', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // The dashboard seen once, so that coming back to it compares with what it showed.
    await page.goto(`${stack.origin}/dashboard?pipeline=${PIPELINE}`);
    await page.locator('[data-testid="pipeline-stats"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="pipeline-stats"]').textContent())
      .toMatch(/weighted by stage rates/);
    await page.getByRole('link', { name: 'Deals' }).first().click();
    const column = page.locator(`section.column[data-stage-id="${QUALIFICATION}"]`);
    await column.locator('[data-deal-id]').first().waitFor();
    const before = await rates();
    const card = column.locator('[data-deal-id][tabindex="0"]');
    const dealId = await card.getAttribute('data-deal-id');
    await card.focus();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MarkDealWon'),
    );
    await page.keyboard.press('w');
    expect((await (await saved).json()).errors).toBeUndefined();
    await page.locator(`[data-deal-id="${dealId}"]`).waitFor({ state: 'detached' });
    const notice = page.locator('[data-testid="stage-rate-notice"]');
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toMatch(
        /^Stage win rates were relearned from [\d,]+ closed deals: the weighted pipeline (went from \$[\d.]+[KM]? to|stays at about) \$[\d.]+[KM]?\./,
      );
    const after = await rates();
    expect(after.stageRatesComputedAt).not.toBe(before.stageRatesComputedAt);
    expect(await notice.textContent()).toContain(
      `from ${after.stageRatesClosedDeals.toLocaleString('en-US')} closed deals`,
    );
    expect(await notice.getAttribute('role')).toBe('status');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'forecast-board-notice.png') });

    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await expect
      .poll(() => page.locator('[data-testid="stage-rate-notice"]').textContent(), {
        timeout: 15_000,
      })
      .toMatch(
        /^Stage win rates were relearned from [\d,]+ closed deals: the weighted pipeline .+\./,
      );
  });
});
