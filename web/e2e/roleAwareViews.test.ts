import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../subgraph/src/auth/signToken';
import { DEMO_PRINCIPAL } from '../../prisma/seed/demoTenant';
import { graphqlRequest } from './graphqlRequest';
import { saveScreenshot } from './pageChecks';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// What a new-user session found: labels that said another period than their figures covered, a
// dry run's sample counted as totals, and controls offered to roles the server then refused.
const JWT_SECRET = 'role-aware-views-test-secret-0123456789';
const QUALIFICATION = 'pl-new-st-0';
const PROPOSAL = 'pl-new-st-2';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

/** Screenshots at 1440 and 390 px; at 390 nothing may scroll sideways. */
async function shootBothWidths(name: string) {
  await saveScreenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await saveScreenshot(page, `${name}-390`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(overflow).toBeLessThanOrEqual(0);
}

/** From now on the page acts as this user (a token the stack accepts); null: the demo admin. */
async function actAs(userId: string | null, role: 'REP' | 'MANAGER' = 'REP') {
  const headers: Record<string, string> = userId
    ? {
        authorization: `Bearer ${await signToken({ ...DEMO_PRINCIPAL, userId, role }, JWT_SECRET)}`,
      }
    : {};
  await page.setExtraHTTPHeaders(headers);
}

beforeAll(async () => {
  session = await startBrowserSession({ leads: 800, scored: true, jwtSecret: JWT_SECRET });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('periods said as they are', () => {
  it('dashboard: the closed-deal figures name the 12 months they cover', async () => {
    await actAs(null);
    await page.goto(`${stack.origin}/dashboard`);
    await page.locator('[data-testid="pipeline-stats"] .stat__hint').first().waitFor();
    const subtitle = await page.locator('main').innerText();
    expect(subtitle).toMatch(
      /closed in the last 12 months \(\w{3} \d+, \d{4} – \w{3} \d+, \d{4}\)/,
    );
    expect(await page.getByTestId('pipeline-stats').innerText()).toMatch(
      /\d+ won · \d+ lost, last 12 months/,
    );
    await shootBothWidths('dashboard-period');
  });

  it('board: the Won and Lost zones total the deals closed in the last 90 days, and say so', async () => {
    await actAs(null);
    // The deal list's count of the same deals (its own statement: open deals or closed since).
    const { deals } = await graphqlRequest<{ deals: { totalCount: number } }>(
      stack.origin,
      `{ deals(filter: { pipelineId: "pl-new", status: WON, closedWithinDays: 90 }, first: 1) { totalCount } }`,
    );
    const { deals: everWon } = await graphqlRequest<{ deals: { totalCount: number } }>(
      stack.origin,
      `{ deals(filter: { pipelineId: "pl-new", status: WON }, first: 1) { totalCount } }`,
    );
    expect(deals.totalCount).toBeGreaterThan(0);
    expect(everWon.totalCount).toBeGreaterThan(deals.totalCount);
    await page.goto(`${stack.origin}/board/pl-new`);
    const won = page.locator('.closed-zone--won');
    await won.waitFor();
    expect(await won.innerText()).toMatch(
      new RegExp(`\\b${deals.totalCount} deals? · .+ · last 90\\sdays`),
    );
    await shootBothWidths('board-closed-zones');
  });

  it('new deal: the dialog puts focus on Title once its form has loaded', async () => {
    await page.goto(`${stack.origin}/board/pl-new`);
    await page.getByRole('button', { name: 'New deal' }).click();
    const title = page.getByRole('dialog').getByLabel('Title', { exact: true });
    await title.waitFor();
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('automation dry run: says its counts are of the first 20 leads evaluated', async () => {
    await page.goto(`${stack.origin}/settings/automations`);
    await page.getByRole('button', { name: 'New automation' }).click();
    await page.getByLabel('Automation name', { exact: true }).fill('Everyone');
    await page.getByLabel('Action 1', { exact: true }).selectOption('SET_LEAD_STATUS');
    await page.getByLabel('Action 1: new status', { exact: true }).selectOption('WORKING');
    await page.getByRole('button', { name: 'Preview dry run' }).click();
    const heading = page.getByTestId('automation-dry-run').locator('h3');
    await heading.waitFor();
    expect(await heading.innerText()).toMatch(
      /^Of the first 20 open (leads|deals) evaluated \(.+ first\), \d+ match(es)?; nothing changed$/,
    );
  });
});

describe('lead scores', () => {
  it('a lead converted in the UI shows no live score, as the seeded converted leads', async () => {
    const lead = await stack.db.prisma.lead.findFirstOrThrow({
      where: { status: 'QUALIFIED', score: { not: null }, deal: null },
      orderBy: { id: 'asc' },
    });
    await graphqlRequest(
      stack.origin,
      'mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { id } }',
      { input: { leadId: lead.id, stageId: QUALIFICATION, value: '5000' } },
    );
    await page.goto(`${stack.origin}/leads/${lead.id}`);
    const note = page.getByTestId('closed-lead-score');
    await note.waitFor();
    expect(await note.innerText()).toContain(
      `Converted: leads are scored only while open; its last score was ${lead.score}`,
    );
    expect(await page.getByText('estimated chance to convert').count()).toBe(0);
    expect(await page.getByTestId('best-improvement').count()).toBe(0);
    await shootBothWidths('lead-converted');
  });

  it('the factor chart’s wrapped labels keep their spaces', async () => {
    const lead = await stack.db.prisma.lead.findFirstOrThrow({
      where: { status: 'NEW', score: { not: null } },
      orderBy: { score: 'desc' },
    });
    await page.goto(`${stack.origin}/leads/${lead.id}`);
    const chart = page.getByTestId('factor-chart');
    await chart.locator('svg text').first().waitFor();
    const labels = await chart
      .locator('.recharts-yAxis-tick-labels text, .recharts-cartesian-axis-ticks text')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    // No two words run together where a line was cut ("Deals wonwith", "stagemedian").
    for (const label of labels) expect(label).not.toMatch(/[a-z][A-Z]|wonwith|stagemedian/);
    await shootBothWidths('lead-factor-chart');
  });
});

describe('a rep sees what a rep can do', () => {
  beforeAll(() => actAs('user-rep-1'));

  it('settings: stages read-only, with who can change them', async () => {
    await page.goto(`${stack.origin}/settings/pipelines/pl-new`);
    await page.getByTestId('settings-read-only').waitFor();
    expect(await page.getByTestId('settings-read-only').innerText()).toMatch(
      /Only admins can change pipelines/,
    );
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save window' }).count()).toBe(0);
    expect(await page.getByText('Add a stage').count()).toBe(0);
    await shootBothWidths('settings-rep');
  });

  it('routing: says admins manage it, not "Could not load"', async () => {
    await page.goto(`${stack.origin}/settings/routing`);
    await page.getByTestId('admins-only').waitFor();
    expect(await page.getByTestId('admins-only').innerText()).toMatch(
      /Routing is managed by admins/,
    );
    expect(await page.locator('.state--error').count()).toBe(0);
    await shootBothWidths('routing-rep');
  });

  it('leads: the bulk bar offers to take leads, not to assign them to anyone', async () => {
    await page.goto(`${stack.origin}/leads`);
    await page.locator('[data-testid="lead-table"] tbody input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'Take for myself' }).waitFor();
    expect(await page.getByRole('button', { name: 'Assign', exact: true }).count()).toBe(0);
    expect(await page.getByTestId('assign-note').innerText()).toMatch(/a manager or an admin/);
  });

  it('board: a keyboard move of another rep’s deal is refused, said, and keeps focus', async () => {
    const data = await graphqlRequest<{
      pipeline: { stages: { id: string; deals: { id: string; owner: { id: string } | null }[] }[] };
    }>(
      stack.origin,
      '{ pipeline(id: "pl-new") { stages { id deals(first: 40) { id owner { id } } } } }',
    );
    const first = data.pipeline.stages.find((s) => s.id === QUALIFICATION)!;
    const other = first.deals.find((d) => d.owner && d.owner.id !== 'user-rep-1')!;
    await page.goto(`${stack.origin}/board/pl-new`);
    const card = page.locator(`[data-deal-id="${other.id}"]`);
    await card.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    const live = page.locator('[id^="rfd-announcement"]');
    await expect
      .poll(() => live.first().innerText())
      .toMatch(/was not moved: it is .+’s deal, and only its owner, a manager or an admin/);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-deal-id'))).toBe(
      other.id,
    );
    const after = await graphqlRequest<{ deal: { stage: { id: string } } }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { stage { id } } }',
      { id: other.id },
    );
    expect(after.deal.stage.id).toBe(QUALIFICATION);
  });

  it('board: reaching "Show the other N deals" loads them and focus goes to the first new card', async () => {
    // Enough deals in one column for a second page (the board loads 40 per column).
    for (let i = 0; i < 45; i++)
      await graphqlRequest(
        stack.origin,
        'mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }',
        { input: { title: `Long column ${i}`, value: '1000', stageId: PROPOSAL } },
      );
    await page.goto(`${stack.origin}/board/pl-new`);
    await page.locator('[data-deal-id]').first().waitFor();
    const more = /^Show the other \d+ deals?$/;
    const column = page.locator(`section.column[data-stage-id="${PROPOSAL}"]`);
    await column.getByRole('button', { name: more }).waitFor();
    const before = await column.locator('[data-deal-id]').count();
    // The column's one tab stop is its first card; Tab goes on to the button, scrolling it into
    // view, which starts the load.
    await column.locator('[data-deal-id]').first().focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => column.locator('[data-deal-id]').count()).toBeGreaterThan(before);
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.hasAttribute('data-deal-id') ?? false),
      )
      .toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-deal-id'));
    const ids = await column
      .locator('[data-deal-id]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-deal-id')));
    expect(ids.indexOf(focused ?? '')).toBe(before);
  });
});
