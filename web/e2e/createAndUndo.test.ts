import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysAfter } from '../../subgraph/src/services/deals/positionKey';
import { graphqlRequest } from './graphqlRequest';
import { axeSeriousViolations, saveScreenshot } from './pageChecks';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// Creating and undoing from the SPA (issue 15, ADR 033), as a user does it, checked after a reload.
const QUALIFICATION = 'pl-new-st-0';
const DISCOVERY = 'pl-new-st-1';
const PROPOSAL = 'pl-new-st-2';
const NEGOTIATION = 'pl-new-st-3';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

const screenshot = (name: string, fullPage = true) => saveScreenshot(page, name, fullPage);

const seriousViolations = () => axeSeriousViolations(page);

/**
 * Screenshots at phone and desktop width, each checked with axe-core. The phone shot is the screen
 * as seen (a dialog or toast over a long page), the desktop one the whole page.
 */
async function atBothWidths(name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(`${name}-phone`, false);
  expect(await seriousViolations()).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(name);
  expect(await seriousViolations()).toEqual([]);
}

const column = (stageId: string) => page.locator(`section.column[data-stage-id="${stageId}"]`);

async function openBoard() {
  await page.goto(`${stack.origin}/board/pl-new`);
  await column(QUALIFICATION).locator('[data-deal-id]').first().waitFor();
}

async function firstDealIn(stageId: string): Promise<string> {
  const id = await column(stageId).locator('[data-deal-id]').first().getAttribute('data-deal-id');
  if (!id) throw new Error(`no deal in ${stageId}`);
  return id;
}

type DealState = { version: number; stage: { id: string; kind: string } } | null;
async function dealState(id: string): Promise<DealState> {
  const data = await graphqlRequest<{ deal: DealState }>(
    stack.origin,
    'query($id: ID!) { deal(id: $id) { version stage { id kind } } }',
    { id },
  );
  return data.deal;
}

async function deleteFromDealPage(dealId: string) {
  await page.goto(`${stack.origin}/deals/${dealId}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/kept for 30 days/).waitFor();
  await atBothWidths('deal-delete-confirm');
  await dialog.getByRole('button', { name: 'Delete deal' }).click();
  await page.waitForURL(`${stack.origin}/board/pl-new`);
  await column(QUALIFICATION).locator('[data-deal-id]').first().waitFor();
}

beforeAll(async () => {
  session = await startBrowserSession({ leads: 200 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('quick-add on a board column', () => {
  it('adds a deal with a customer to the column, shows errors by their field, and keeps it after a reload', async () => {
    const { customerPage } = await graphqlRequest<{
      customerPage: { nodes: { id: string; name: string }[] };
    }>(stack.origin, '{ customerPage(first: 1) { nodes { id name } } }');
    const customer = customerPage.nodes[0]!;
    await openBoard();
    const qualification = column(QUALIFICATION);
    const opener = qualification.getByRole('button', { name: 'Add deal to Qualification' });
    // Keyboard: focus the control, open it with Enter, the title field takes the focus.
    await opener.focus();
    await page.keyboard.press('Enter');
    const form = qualification.getByRole('form', { name: 'New deal in Qualification' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? ''))
      .toMatch(/-title$/);

    // Checked before sending, next to each field.
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText('A deal needs a title.').waitFor();
    await form.getByLabel('Title').fill('Quick fleet renewal');
    await form.getByLabel(/^Value/).fill('12.345');
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText(/at most 2 decimals/).waitFor();
    expect(await form.getByLabel(/^Value/).getAttribute('aria-invalid')).toBe('true');

    // A refusal from the server is shown next to the field it names, in plain words.
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('CreateDeal')) return route.fallback();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'title: must be at most 200 characters',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
            },
          ],
        }),
      });
    });
    await form.getByLabel(/^Value/).fill('4200');
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText('Keep it to 200 characters or fewer.').waitFor();
    await page.unroute('**/graphql');

    // The customer picker shared with the full form (ADR 035): type, then pick a suggestion.
    await form.getByRole('combobox', { name: 'Customer (optional)' }).fill(customer.name);
    await form.getByRole('option', { name: customer.name, exact: true }).click();
    await atBothWidths('board-quick-add');
    await form.getByRole('button', { name: 'Add deal' }).click();
    const added = qualification.locator('[data-deal-id]', { hasText: 'Quick fleet renewal' });
    await added.waitFor();
    await page.getByTestId('toast').filter({ hasText: 'added to Qualification' }).waitFor();
    const dealId = await added.getAttribute('data-deal-id');
    const { deal } = await graphqlRequest<{
      deal: { value: string; stage: { id: string }; customer: { id: string } | null };
    }>(stack.origin, 'query($id: ID!) { deal(id: $id) { value stage { id } customer { id } } }', {
      id: dealId,
    });
    expect(deal).toEqual({
      value: '4200.00',
      stage: { id: QUALIFICATION },
      customer: { id: customer.id },
    });

    await page.reload();
    await qualification.locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect(await qualification.getByRole('form').count()).toBe(0);
  });
});

describe('a long column: adding at its top, and undoing Mark won', () => {
  const shownIn = (stageId: string) =>
    column(stageId)
      .locator('[data-deal-id]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-deal-id')));
  const storedOrder = async (stageId: string, take: number) =>
    (
      await stack.db.prisma.deal.findMany({
        where: { stageId },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true },
        take,
      })
    ).map((d) => d.id);

  beforeAll(async () => {
    // Longer than the board's first page (40 cards), appended so the other tests' cards stay first.
    const stage = await stack.db.prisma.pipelineStage.findUniqueOrThrow({
      where: { id: PROPOSAL },
    });
    const last = await stack.db.prisma.deal.findFirst({
      where: { stageId: PROPOSAL },
      orderBy: [{ position: 'desc' }, { id: 'desc' }],
    });
    const keys = keysAfter(last?.position ?? null, 45);
    await stack.db.prisma.deal.createMany({
      data: keys.map((position, i) => ({
        id: `long-proposal-${i}`,
        tenantId: stage.tenantId,
        pipelineId: stage.pipelineId,
        stageId: PROPOSAL,
        title: `Long proposal ${i}`,
        value: '1000',
        currency: 'USD',
        position,
        stageEnteredAt: new Date(),
      })),
    });
  });

  it('is first in the column as stored, and a reorder right after adding saves what was shown', async () => {
    await openBoard();
    const proposal = column(PROPOSAL);
    await proposal.getByRole('button', { name: 'Add deal to Proposal' }).click();
    const form = proposal.getByRole('form', { name: 'New deal in Proposal' });
    await form.getByLabel('Title').fill('Just added at the top');
    await form.getByLabel(/^Value/).fill('900');
    await form.getByRole('button', { name: 'Add deal' }).click();
    const added = proposal.locator('[data-deal-id]', { hasText: 'Just added at the top' });
    await added.waitFor();
    const dealId = await added.getAttribute('data-deal-id');
    const shown = await shownIn(PROPOSAL);
    expect(shown[0]).toBe(dealId);
    expect(shown).toEqual(await storedOrder(PROPOSAL, shown.length));

    // The card below it, one place down with the keyboard: saved where it was dropped.
    const below = shown[1]!;
    await page.locator(`[data-deal-id="${below}"]`).focus();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MoveDeal'),
    );
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    expect((await (await saved).json()).errors).toBeUndefined();
    await expect.poll(async () => (await shownIn(PROPOSAL))[2]).toBe(below);
    const moved = await shownIn(PROPOSAL);
    expect(moved.slice(0, 3)).toEqual([dealId, shown[2], below]);
    expect(moved).toEqual(await storedOrder(PROPOSAL, moved.length));

    await page.reload();
    await proposal.locator('[data-deal-id]').first().waitFor();
    const reloaded = await shownIn(PROPOSAL);
    expect(reloaded.slice(0, 3)).toEqual([dealId, shown[2], below]);
    expect(reloaded).toEqual(await storedOrder(PROPOSAL, reloaded.length));
  });

  it('Undo of Mark won puts the card back where it was, with its days in stage', async () => {
    await openBoard();
    const before = await shownIn(PROPOSAL);
    const dealId = before[1]!;
    // In the stage for 20 days: an undo that reset it showed 0 days.
    await stack.db.prisma.deal.update({
      where: { id: dealId },
      data: { stageEnteredAt: new Date(Date.now() - 20 * 86_400_000) },
    });
    await openBoard();
    const card = column(PROPOSAL).locator(`[data-deal-id="${dealId}"]`);
    await card.getByText('20 days in this stage').waitFor();
    await card.focus();
    await page.keyboard.press('w');
    const toast = page.getByTestId('toast').filter({ hasText: 'marked as won' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('toast').filter({ hasText: 'is open again' }).waitFor();
    await card.getByText('20 days in this stage').waitFor();
    expect(await shownIn(PROPOSAL)).toEqual(before);
    expect(before).toEqual(await storedOrder(PROPOSAL, before.length));
    await page.reload();
    await card.getByText('20 days in this stage').waitFor();
    expect(await shownIn(PROPOSAL)).toEqual(before);
  });
});

describe('delete with undo, and reopen, on the deal page', () => {
  it('deletes a deal after asking, back on the board without it, and it stays deleted after a reload', async () => {
    await openBoard();
    const dealId = await firstDealIn(DISCOVERY);
    await deleteFromDealPage(dealId);
    await page.getByTestId('toast').filter({ hasText: 'deleted.' }).waitFor();
    expect(await page.locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
    await page.reload();
    await column(DISCOVERY).locator('[data-deal-id]').first().waitFor();
    expect(await page.locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
    expect(await dealState(dealId)).toBeNull();
  });

  it('puts a deleted deal back in its column with Undo, and it is still there after a reload', async () => {
    await openBoard();
    const dealId = await firstDealIn(DISCOVERY);
    await deleteFromDealPage(dealId);
    const toast = page.getByTestId('toast').filter({ hasText: 'deleted.' });
    // The focus on Undo holds the toast while the screenshots and axe run (it pauses its clock).
    await toast.getByRole('button', { name: 'Undo' }).focus();
    await atBothWidths('board-deleted-undo');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('toast').filter({ hasText: 'restored to Discovery' }).waitFor();
    await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).waitFor();
    await page.reload();
    await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect((await dealState(dealId))?.stage.id).toBe(DISCOVERY);
  });

  it('reopens a won deal in the stage it was closed from, and it stays open after a reload', async () => {
    await openBoard();
    const dealId = await firstDealIn(NEGOTIATION);
    const before = await dealState(dealId);
    await graphqlRequest(
      stack.origin,
      'mutation($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }',
      { id: dealId, v: before!.version },
    );
    await page.goto(`${stack.origin}/deals/${dealId}`);
    const reopen = page.getByRole('button', { name: 'Reopen' });
    await reopen.waitFor();
    expect(await page.getByRole('button', { name: 'Mark won' }).count()).toBe(0);
    await atBothWidths('deal-won-reopen');
    await reopen.click();
    await page.getByTestId('toast').filter({ hasText: 'reopened in Negotiation' }).waitFor();
    await page.getByRole('button', { name: 'Mark won' }).waitFor();
    await page.locator('.page-header__subtitle', { hasText: 'Negotiation' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Mark won' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reopen' }).count()).toBe(0);
    expect((await dealState(dealId))?.stage).toEqual({ id: NEGOTIATION, kind: 'OPEN' });
    // The board shows it again in its column (its cached columns were dropped).
    await page.getByRole('link', { name: /New business/ }).click();
    await column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).waitFor();
  });
});

describe('add a lead, and delete it with undo', () => {
  let leadId = '';

  it('adds a lead from the lead table, with errors by their field, and it is there after a reload', async () => {
    await page.goto(`${stack.origin}/leads`);
    await page.getByTestId('lead-table').waitFor();
    await page.getByRole('button', { name: 'Add lead' }).click();
    const dialog = page.getByRole('dialog');
    const form = dialog.getByRole('form', { name: 'New lead' });
    await form.getByRole('button', { name: 'Add lead' }).click();
    await form.getByText('A lead needs a name.').waitFor();
    await form.getByText('Pick where the lead came from.').waitFor();

    await form.getByLabel('Name').fill('Dana Whitfield');
    await form.getByLabel('Email (optional)').fill('dana@');
    await form.getByLabel('Company (optional)').fill('Summit Motors');
    await form.getByLabel('Source').selectOption({ index: 1 });
    // The server refuses the email; its message is shown under the email field.
    await form.getByRole('button', { name: 'Add lead' }).click();
    const emailError = form.locator('.field__error', { hasText: /email address/i });
    await emailError.waitFor();
    expect(await form.getByLabel('Email (optional)').getAttribute('aria-invalid')).toBe('true');
    await atBothWidths('leads-add');

    await form.getByLabel('Email (optional)').fill('dana.whitfield@example.com');
    await form.getByRole('button', { name: 'Add lead' }).click();
    await page.waitForURL(/\/leads\/[^/]+$/);
    leadId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: /Dana Whitfield/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Dana Whitfield/ }).waitFor();
    await page.goto(`${stack.origin}/leads?q=Dana%20Whitfield`);
    await page.getByTestId('lead-table').getByRole('link', { name: 'Dana Whitfield' }).waitFor();

    // The same email again: the server's duplicate check is shown with a link to the open lead.
    await page.getByRole('button', { name: 'Add lead' }).click();
    await form.getByLabel('Name').fill('Dana Whitfield');
    await form.getByLabel('Email (optional)').fill('dana.whitfield@example.com');
    await form.getByLabel('Source').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add lead' }).click();
    await form.getByText('An open lead with this email already exists').waitFor();
    expect(await form.getByRole('link', { name: 'Dana Whitfield' }).getAttribute('href')).toBe(
      `/leads/${leadId}`,
    );
    await form.getByRole('button', { name: 'Add anyway' }).click();
    await page.waitForURL(
      (url) => /\/leads\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(leadId),
    );
    await page.getByRole('heading', { level: 1, name: /Dana Whitfield/ }).waitFor();
  });

  it('deletes the lead after asking, Undo brings it back, and a delete without undo survives a reload', async () => {
    const lead = async () =>
      (
        await graphqlRequest<{ lead: { name: string } | null }>(
          stack.origin,
          'query($id: ID!) { lead(id: $id) { name } }',
          { id: leadId },
        )
      ).lead;
    const deleteIt = async () => {
      await page.goto(`${stack.origin}/leads/${leadId}`);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete lead' }).click();
      await page.waitForURL(`${stack.origin}/leads`);
      await page.getByTestId('toast').filter({ hasText: 'deleted.' }).waitFor();
    };

    await deleteIt();
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).focus();
    await atBothWidths('leads-deleted-undo');
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('toast').filter({ hasText: 'restored.' }).waitFor();
    await page.goto(`${stack.origin}/leads/${leadId}`);
    await page.getByRole('heading', { level: 1, name: /Dana Whitfield/ }).waitFor();
    expect(await lead()).toEqual({ name: 'Dana Whitfield' });

    await deleteIt();
    await page.goto(`${stack.origin}/leads/${leadId}`);
    await page.getByText('Lead not found').waitFor();
    expect(await lead()).toBeNull();
  });
});
