import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragWithMouse } from './dragWithMouse';
import { graphqlRequest } from './graphqlRequest';
import { SCREENSHOTS } from './launchBrowser';
import { keysAfter } from '../../subgraph/src/services/deals/positionKey';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

const QUALIFICATION = 'pl-new-st-0';
const DISCOVERY = 'pl-new-st-1';
const PROPOSAL = 'pl-new-st-2';
const NEGOTIATION = 'pl-new-st-3';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const column = (stageId: string) => page.locator(`section.column[data-stage-id="${stageId}"]`);
const card = (dealId: string) => page.locator(`[data-deal-id="${dealId}"]`);

async function stageOf(dealId: string): Promise<string> {
  const data = await graphqlRequest<{ deal: { stage: { id: string } } }>(
    stack.origin,
    'query($id: ID!) { deal(id: $id) { stage { id } } }',
    { id: dealId },
  );
  return data.deal.stage.id;
}

async function openBoard() {
  await page.goto(`${stack.origin}/board/pl-new`);
  await column(QUALIFICATION).locator('[data-deal-id]').first().waitFor();
}

async function firstDealIn(stageId: string): Promise<string> {
  const id = await column(stageId).locator('[data-deal-id]').first().getAttribute('data-deal-id');
  if (!id) throw new Error(`no deal in ${stageId}`);
  return id;
}

const moveDealResponse = () =>
  page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MoveDeal'),
  );

beforeAll(async () => {
  // Scores and a learned model, as the scheduled jobs would produce them.
  session = await startBrowserSession({ leads: 800, scored: true });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('deal board', () => {
  it('moves a deal to another stage with the mouse, and the move survives a reload', async () => {
    // At 1366 px, a common laptop width, the four columns fit without a sideways scrollbar (they
    // needed 12 px more, and the scrollbar hid the last column's edge).
    await page.setViewportSize({ width: 1366, height: 768 });
    await openBoard();
    expect(await page.locator('.board').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot('board');
    const dealId = await firstDealIn(QUALIFICATION);
    const saved = moveDealResponse();
    await dragWithMouse(page, card(dealId), column(DISCOVERY).locator('.column__body'));
    await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect((await (await saved).json()).errors).toBeUndefined();
    // Its win chance is the new stage's at once, not the one it was given where it was.
    const winChance = column(DISCOVERY).locator(
      `[data-deal-id="${dealId}"] [data-testid="win-chance"]`,
    );
    await expect
      .poll(() => winChance.getAttribute('title'))
      .toMatch(/^Chance to win: Discovery stage rate: \d+ %/);
    await page.reload();
    await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect(await column(QUALIFICATION).locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
    expect(await stageOf(dealId)).toBe(DISCOVERY);
  });

  it('moves a deal with the keyboard (Space, arrow, Space), and the move survives a reload', async () => {
    await openBoard();
    const dealId = await firstDealIn(DISCOVERY);
    await card(dealId).focus();
    const saved = moveDealResponse();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await column(PROPOSAL).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect((await (await saved).json()).errors).toBeUndefined();
    await page.reload();
    await column(PROPOSAL).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect(await stageOf(dealId)).toBe(PROPOSAL);
  });

  it('rolls back a move that conflicts with someone else’s change and says so', async () => {
    await openBoard();
    const dealId = await firstDealIn(QUALIFICATION);
    // Someone else saves the deal after this board was loaded.
    await stack.db.prisma.deal.update({
      where: { id: dealId },
      data: { version: { increment: 1 } },
    });
    const saved = moveDealResponse();
    await dragWithMouse(page, card(dealId), column(DISCOVERY).locator('.column__body'));
    const body = await (await saved).json();
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const toast = page.locator('[data-testid="toast"]', { hasText: 'changed by someone else' });
    await toast.waitFor();
    await column(QUALIFICATION).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect(await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
    await screenshot('board-conflict');
    expect(await stageOf(dealId)).toBe(QUALIFICATION);
  });
});

describe('deal board with long columns', () => {
  const EXTRA = 200;
  const shownIn = (stageId: string) =>
    column(stageId)
      .locator('[data-deal-id]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-deal-id')));
  const boardOrder = async (stageId: string, take: number) =>
    (
      await stack.db.prisma.deal.findMany({
        where: { stageId },
        orderBy: { position: 'asc' },
        select: { id: true },
        take,
      })
    ).map((d) => d.id);
  async function scrollToEnd(stageId: string) {
    const before = await column(stageId).locator('[data-deal-id]').count();
    await column(stageId)
      .locator('.column__body')
      .evaluate((body) => body.scrollTo({ top: body.scrollHeight }));
    await column(stageId).locator('[data-deal-id]').nth(before).waitFor();
  }

  beforeAll(async () => {
    // Appended after Negotiation's cards, so the other tests' first cards don't change.
    const stage = await stack.db.prisma.pipelineStage.findUniqueOrThrow({
      where: { id: NEGOTIATION },
    });
    const last = await stack.db.prisma.deal.findFirst({
      where: { stageId: NEGOTIATION },
      orderBy: [{ position: 'desc' }, { id: 'desc' }],
    });
    const keys = keysAfter(last?.position ?? null, EXTRA);
    await stack.db.prisma.deal.createMany({
      data: Array.from({ length: EXTRA }, (_, i) => ({
        id: `paged-deal-${i}`,
        tenantId: stage.tenantId,
        pipelineId: stage.pipelineId,
        stageId: NEGOTIATION,
        title: `Paged deal ${i}`,
        value: String(1000 + i),
        currency: 'USD',
        position: keys[i]!,
        stageEnteredAt: new Date(),
      })),
    });
  });

  it('loads a column page by page in board order as it scrolls, also after a move out of and into it', async () => {
    await openBoard();
    const total = await stack.db.prisma.deal.count({ where: { stageId: NEGOTIATION } });
    await expect
      .poll(() => column(NEGOTIATION).locator('.column__count').innerText())
      .toBe(String(total));
    expect(await shownIn(NEGOTIATION)).toEqual(await boardOrder(NEGOTIATION, 40));

    await scrollToEnd(NEGOTIATION);
    expect(await shownIn(NEGOTIATION)).toEqual(await boardOrder(NEGOTIATION, 80));

    // Out of the partially loaded column, then back in at the top: the next page still follows on.
    await column(NEGOTIATION)
      .locator('.column__body')
      .evaluate((body) => body.scrollTo({ top: 0 }));
    const dealId = await firstDealIn(NEGOTIATION);
    let saved = moveDealResponse();
    await dragWithMouse(page, card(dealId), column(PROPOSAL).locator('.column__body'));
    await column(PROPOSAL).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect((await (await saved).json()).errors).toBeUndefined();
    await scrollToEnd(NEGOTIATION);
    const afterOut = await shownIn(NEGOTIATION);
    expect(afterOut).toEqual(await boardOrder(NEGOTIATION, afterOut.length));
    expect(afterOut.length).toBeGreaterThan(80);

    await column(NEGOTIATION)
      .locator('.column__body')
      .evaluate((body) => body.scrollTo({ top: 0 }));
    const movedBack = await firstDealIn(PROPOSAL);
    saved = moveDealResponse();
    await dragWithMouse(page, card(movedBack), column(NEGOTIATION).locator('.column__body'), 10);
    await column(NEGOTIATION).locator(`[data-deal-id="${movedBack}"]`).waitFor();
    expect((await (await saved).json()).errors).toBeUndefined();
    await scrollToEnd(NEGOTIATION);
    const shown = await shownIn(NEGOTIATION);
    expect(shown).toEqual(await boardOrder(NEGOTIATION, shown.length));
    expect(shown.length).toBeGreaterThan(afterOut.length + 1);
    await expect
      .poll(() => column(NEGOTIATION).locator('.column__count').innerText())
      .toBe(String(total));
  });

  it('pages a filtered column in board order', async () => {
    await page.goto(`${stack.origin}/board/pl-new?q=Paged`);
    await column(NEGOTIATION).locator('[data-deal-id]').first().waitFor();
    await expect
      .poll(() => column(NEGOTIATION).locator('.column__count').innerText())
      .toBe(String(EXTRA));
    expect(await column(NEGOTIATION).locator('[data-deal-id]').count()).toBe(40);
    while ((await column(NEGOTIATION).locator('.column__more').count()) > 0)
      await scrollToEnd(NEGOTIATION);
    const paged = (
      await stack.db.prisma.deal.findMany({
        where: { stageId: NEGOTIATION, title: { startsWith: 'Paged' } },
        orderBy: { position: 'asc' },
        select: { id: true },
      })
    ).map((d) => d.id);
    await expect.poll(() => shownIn(NEGOTIATION)).toEqual(paged);
    expect(await column(NEGOTIATION).locator('.column__more').count()).toBe(0);
  });
});

describe('closing deals', () => {
  it('marks a deal won when it is dropped on Won', async () => {
    await openBoard();
    const dealId = await firstDealIn(QUALIFICATION);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MarkDealWon'),
    );
    await dragWithMouse(page, card(dealId), page.locator('.closed-zone--won'), 36, 40);
    await card(dealId).waitFor({ state: 'detached' });
    expect((await (await saved).json()).errors).toBeUndefined();
    await page.locator('[data-testid="toast"]', { hasText: 'marked as won' }).waitFor();
    const { deal } = await graphqlRequest<{ deal: { stage: { kind: string } } }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { stage { kind } } }',
      { id: dealId },
    );
    expect(deal).toEqual({ stage: { kind: 'WON' } });
  });

  it('asks for a reason when a deal is dropped on Lost, then marks it lost', async () => {
    await openBoard();
    const dealId = await firstDealIn(QUALIFICATION);
    // Dropped where the card no longer overlaps a column, as a user would.
    await dragWithMouse(page, card(dealId), page.locator('.closed-zone--lost'), 36, 40);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await screenshot('board-lost-reason');
    await dialog.getByLabel('Reason').fill('No budget');
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await card(dealId).waitFor({ state: 'detached' });
    await page.locator('[data-testid="toast"]', { hasText: 'marked as lost' }).waitFor();
    const { deal } = await graphqlRequest<{
      deal: { lostReason: string; stage: { kind: string } };
    }>(stack.origin, 'query($id: ID!) { deal(id: $id) { lostReason stage { kind } } }', {
      id: dealId,
    });
    expect(deal).toEqual({ lostReason: 'No budget', stage: { kind: 'LOST' } });
  });

  it('keeps the user’s edits and explains when a deal was changed by someone else meanwhile', async () => {
    await openBoard();
    const dealId = await firstDealIn(NEGOTIATION);
    await page.goto(`${stack.origin}/deals/${dealId}`);
    const form = page.getByRole('form', { name: 'Edit deal' });
    await form.waitFor();
    await stack.db.prisma.deal.update({
      where: { id: dealId },
      data: { version: { increment: 1 } },
    });
    await form.getByLabel('Title').fill('Renamed while stale');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('alert').filter({ hasText: 'Someone else changed this deal' }).waitFor();
    expect(await form.getByLabel('Title').inputValue()).toBe('Renamed while stale');
    await screenshot('deal-conflict');
    // Saving again goes through against the version just loaded.
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('[data-testid="toast"]', { hasText: 'Deal saved' }).waitFor();
    const { deal } = await graphqlRequest<{ deal: { title: string } }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { title } }',
      { id: dealId },
    );
    expect(deal.title).toBe('Renamed while stale');
  });
});

describe('leads', () => {
  const scores = async () =>
    (await page.locator('[data-testid="lead-score"]').allInnerTexts())
      .map((t) => Number(t.trim()))
      .filter((n) => Number.isFinite(n));

  it('sorts the lead table by score, highest first by default, then lowest first', async () => {
    await page.goto(`${stack.origin}/leads`);
    await page.locator('[data-testid="lead-table"]').waitFor();
    const desc = await scores();
    expect(desc.length).toBeGreaterThan(10);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await screenshot('leads');
    await page.getByRole('button', { name: /^Score/ }).click();
    await page.waitForURL(/dir=ASC/);
    await expect.poll(async () => (await scores())[0]).toBeLessThan(desc[0]!);
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('opens a lead and shows its score explanation', async () => {
    await page.goto(`${stack.origin}/leads`);
    await page.locator('[data-testid="lead-table"] tbody a').first().click();
    await page
      .locator('[data-testid="score-explanation"], .state--error, .state--empty')
      .first()
      .waitFor();
    const panel = page.locator('[data-testid="score-explanation"]');
    expect(await panel.count(), await page.locator('main').innerText()).toBe(1);
    const text = await panel.innerText();
    expect(text).toMatch(/estimated chance to convert/);
    // A rate from the test set, or, from fewer than 20 leads scored alike, none.
    expect(text).toMatch(
      /Leads scored like this converted \d+ ?% of the time \([\d,]+ leads in|Too few leads scored like this in the model's test set to compare \(\d+ leads?; it takes 20\)/,
    );
    expect(text).toMatch(/What moves this score/);
    expect(text).toMatch(/Scored by the (learned|prior) model/);
    // Plain words up front; the log-odds arithmetic only behind "details".
    expect(text).not.toMatch(/logit|log-odds/);
    await panel.getByText('Details: the arithmetic').click();
    expect(await panel.innerText()).toMatch(/baseline [+−]\d/);
    await page.locator('[data-testid="factor-chart"] .recharts-bar-rectangle').first().waitFor();
    await screenshot('lead');
    // A point of the score history shows what drove the score at the time.
    await page.locator('[data-testid="score-history"] .recharts-dot').last().hover();
    const tip = page.locator('[data-testid="score-history-tooltip"]');
    await tip.waitFor();
    expect(await tip.innerText()).toMatch(/model v\d+[\s\S]*[+−]\d+\.\d\d/);
    await screenshot('lead-history');
  });
});

describe('settings', () => {
  it('creates a stage and deletes it into another stage', async () => {
    await page.goto(`${stack.origin}/settings/pipelines/pl-new`);
    await page.locator('[data-testid="stage-list"]').waitFor();
    await page.getByLabel('New stage name').fill('Demo scheduled');
    await page.getByLabel('Probability %', { exact: true }).fill('35');
    await page.getByRole('button', { name: 'Add stage' }).click();
    const row = page.locator('[data-stage-row="Demo scheduled"]');
    await row.waitFor();
    await screenshot('settings');
    const stages = await graphqlRequest<{
      pipeline: { stages: { name: string; kind: string; probability: number | null }[] };
    }>(stack.origin, '{ pipeline(id: "pl-new") { stages { name kind probability } } }');
    expect(
      stages.pipeline.stages.find((s) => s.name === 'Demo scheduled')?.probability,
    ).toBeCloseTo(0.35);
    // After the last open stage, before Won and Lost, on the server and in the list.
    const kinds = stages.pipeline.stages.map((s) => (s.name === 'Demo scheduled' ? 'NEW' : s.kind));
    expect(kinds.join(' ')).toMatch(/^(OPEN )+NEW (WON|LOST) (WON|LOST)$/);
    const rows = await page
      .locator('[data-stage-row]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stage-row')));
    expect(rows).toEqual(stages.pipeline.stages.map((s) => s.name));

    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByLabel('Target stage').selectOption({ label: 'Discovery' });
    await row.getByRole('button', { name: 'Delete “Demo scheduled”' }).click();
    await row.waitFor({ state: 'detached' });
    const after = await graphqlRequest<{ pipeline: { stages: { name: string }[] } }>(
      stack.origin,
      '{ pipeline(id: "pl-new") { stages { name } } }',
    );
    expect(after.pipeline.stages.map((s) => s.name)).not.toContain('Demo scheduled');
  });
});

describe('dashboard and detail pages', () => {
  it('renders the dashboard charts', async () => {
    await page.goto(`${stack.origin}/dashboard`);
    for (const id of [
      'chart-value-by-stage',
      'chart-funnel',
      'chart-forecast',
      'chart-score-distribution',
      'chart-calibration',
    ]) {
      await page.locator(`[data-testid="${id}"] .recharts-surface`).first().waitFor();
    }
    await page.locator('[data-testid="model-auc"]').waitFor();
    expect(Number(await page.locator('[data-testid="model-auc"]').innerText())).toBeGreaterThan(
      0.5,
    );
    // Calibration groups are told apart by their dots' size, not by "n=…" labels that ran into
    // each other where the low chances crowd; the table under the chart gives each count.
    const calibration = page.locator('[data-testid="chart-calibration"]');
    const radii = await calibration
      .locator('circle.calibration-dot')
      .evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('r'))));
    expect(radii.length).toBeGreaterThan(2);
    expect(Math.max(...radii)).toBe(9);
    expect(Math.min(...radii)).toBeLessThan(9);
    expect(await calibration.locator('.recharts-label-list').count()).toBe(0);
    await screenshot('dashboard');
  });

  it('shows a deal page and a customer page', async () => {
    await openBoard();
    const dealId = await firstDealIn(QUALIFICATION);
    await page.goto(`${stack.origin}/deals/${dealId}`);
    await page.getByRole('form', { name: 'Edit deal' }).waitFor();
    await page.locator('.timeline__item').first().waitFor();
    await screenshot('deal');
    await page.goto(`${stack.origin}/customers`);
    await page.locator('.table tbody a').first().waitFor();
    await screenshot('customers');
    await page.locator('.table tbody a').first().click();
    await page.getByRole('heading', { name: 'Deals' }).waitFor();
    await screenshot('customer');
    // Phone width: the board scrolls sideways, the customer page stacks.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot('customer-phone');
    await openBoard();
    await screenshot('board-phone');
  });
});
