import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../src/lib/formatDate';
import { formatNextStep } from '../src/modules/planned/utils/formatNextStep';
import { toLocalInput } from '../src/modules/planned/utils/localDateTime';
import { graphqlRequest } from './graphqlRequest';
import { axeSeriousViolations, saveScreenshot } from './pageChecks';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// Planned next steps and the search box (issue 15, ADR 036), as a user does it: plan a call on a
// deal, see it on its board card and in My day, complete it there; find a lead by its company.
const QUALIFICATION = 'pl-new-st-0';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

const screenshot = (name: string, fullPage = true) => saveScreenshot(page, name, fullPage);

const seriousViolations = () => axeSeriousViolations(page);

/** Screenshots at phone and desktop width, each checked with axe-core and for sideways scrolling. */
async function atBothWidths(name: string, fullPage = true) {
  for (const [suffix, width, height] of [
    ['-phone', 390, 844],
    ['', 1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await screenshot(`${name}${suffix}`, suffix ? false : fullPage);
    expect(await seriousViolations()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
}

/**
 * The lead page of a lead with nothing planned yet (the demo plans a next step for some), at
 * desktop width, with its Plan next step form open.
 */
async function openPlanFormOnUnplannedLead() {
  const { leads } = await graphqlRequest<{
    leads: { edges: { node: { id: string; nextActivity: unknown } }[] };
  }>(stack.origin, '{ leads(first: 50) { edges { node { id nextActivity { id } } } } }');
  const leadId = leads.edges.find((e) => e.node.nextActivity === null)!.node.id;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${stack.origin}/leads/${leadId}`);
  const panel = page.getByRole('region', { name: 'Planned activities' });
  await panel.getByRole('button', { name: 'Plan next step' }).click();
  return { leadId, panel, form: panel.getByRole('form', { name: 'Plan next step' }) };
}

const card = (dealId: string) => page.locator(`[data-deal-id="${dealId}"]`);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

beforeAll(async () => {
  session = await startBrowserSession({ leads: 200 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('a planned call from the deal page to the board and My day', () => {
  let dealId = '';
  let title = '';

  it('plans a call on a deal, shown as its next step on the page and on its board card', async () => {
    await page.goto(`${stack.origin}/board/pl-new`);
    // The demo plans next steps for most open deals: take one with nothing planned yet.
    const first = page
      .locator(`section.column[data-stage-id="${QUALIFICATION}"] [data-deal-id]`)
      .filter({ hasText: 'no activity planned' });
    await first.first().waitFor();
    dealId = (await first.first().getAttribute('data-deal-id'))!;
    await card(dealId).getByText('no activity planned', { exact: true }).waitFor();
    title = (
      await graphqlRequest<{ deal: { title: string } }>(
        stack.origin,
        'query($id: ID!) { deal(id: $id) { title } }',
        { id: dealId },
      )
    ).deal.title;

    await card(dealId).click();
    await page.waitForURL(`${stack.origin}/deals/${dealId}`);
    const panel = page.getByRole('region', { name: 'Planned activities' });
    await panel.getByText('no activity planned', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Plan next step' }).click();
    const form = panel.getByRole('form', { name: 'Plan next step' });
    // Checked before sending, next to the field.
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    await form.getByText('Say what is to be done.').waitFor();
    expect(await form.getByLabel('Owner').inputValue()).toBe('user-admin');
    await atBothWidths('deal-plan-form');

    // Due later today (or, a few minutes before midnight, already due): either way in My day.
    const now = new Date();
    const due = new Date(now.getTime() + 30 * 60_000);
    const dueAt = due.getDate() === now.getDate() ? due : new Date(now.getTime() - 30 * 60_000);
    dueAt.setSeconds(0, 0);
    await form.getByLabel('Type').selectOption('CALL');
    await form.getByLabel('Subject').fill('Renewal terms with the buyer');
    await form.getByLabel('Due').fill(toLocalInput(dueAt));
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const item = panel.getByRole('listitem').filter({ hasText: 'Renewal terms with the buyer' });
    await item.waitFor();
    const expected = formatNextStep(
      {
        type: 'CALL',
        subject: 'Renewal terms with the buyer',
        dueAt: dueAt.toISOString(),
        isOverdue: dueAt < new Date(),
        overdueDays: 0,
      },
      { now: new Date(), timeZone },
    ).text;
    await panel.locator('.planned-next').getByText(expected, { exact: true }).waitFor();
    await atBothWidths('deal-planned');

    const { deal } = await graphqlRequest<{
      deal: {
        nextActivity: { type: string; subject: string; dueAt: string; owner: { id: string } };
      };
    }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { nextActivity { type subject dueAt owner { id } } } }',
      { id: dealId },
    );
    expect(deal.nextActivity).toEqual({
      type: 'CALL',
      subject: 'Renewal terms with the buyer',
      dueAt: dueAt.toISOString(),
      owner: { id: 'user-admin' },
    });

    await page
      .getByRole('link', { name: /New business/ })
      .first()
      .click();
    await card(dealId).getByText(expected, { exact: true }).waitFor();
    await page.reload();
    await card(dealId).getByText(expected, { exact: true }).waitFor();
    await atBothWidths('board-next-step', false);
  });

  it('lists it in My day, linked to its deal, and completing it there leaves the card with no activity planned', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.origin}/board/pl-new`);
    // The nav entry is there on a phone too.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My day' })
      .click();
    await page.waitForURL(`${stack.origin}/my-day`);
    const item = page.getByRole('listitem').filter({ hasText: 'Renewal terms with the buyer' });
    await item.waitFor();
    expect(await item.getByRole('link', { name: `Deal: ${title}` }).getAttribute('href')).toBe(
      `/deals/${dealId}`,
    );
    await atBothWidths('my-day');

    await item
      .getByRole('button', { name: 'Complete call “Renewal terms with the buyer”' })
      .click();
    await item.getByLabel('Note (optional)').fill('Agreed on a two-year renewal');
    await atBothWidths('my-day-complete');
    await item.getByRole('button', { name: 'Mark done' }).click();
    await page.getByTestId('toast').filter({ hasText: 'done.' }).waitFor();
    await item.waitFor({ state: 'detached' });
    await page.getByText('Nothing due today').waitFor();

    await page.goto(`${stack.origin}/board/pl-new`);
    await card(dealId).getByText('no activity planned', { exact: true }).waitFor();
    // The completed call is on the deal's timeline with its note.
    await card(dealId).click();
    await page.getByText('Agreed on a two-year renewal').waitFor();
    const { deal } = await graphqlRequest<{ deal: { nextActivity: unknown } }>(
      stack.origin,
      'query($id: ID!) { deal(id: $id) { nextActivity { id } } }',
      { id: dealId },
    );
    expect(deal.nextActivity).toBeNull();
  });

  it('reschedules and cancels a planned activity on a lead page, and shows what the server refuses', async () => {
    const { leadId, panel, form } = await openPlanFormOnUnplannedLead();
    await form.getByLabel('Type').selectOption('EMAIL');
    await form.getByLabel('Subject').fill('Send the proposal');
    // Twenty years out: the server's range check is shown under the field.
    await form.getByLabel('Due').fill('2046-06-01T09:00');
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    await form.getByText(/ten years/).waitFor();
    // A year out of the API's range is said in a user's words, under the field.
    await form.getByLabel('Due').fill('9999-12-31T23:59');
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    const dueError = form.locator('[id$="-dueAt-error"]');
    await dueError.waitFor();
    expect(await dueError.textContent()).toBe('Pick a date between 1900 and 2200.');
    expect(await form.innerText()).not.toMatch(/ISO|expected, got|Variable/);
    // A time already past is noted before saving, not refused.
    await form.getByLabel('Due').fill('2020-01-01T10:00');
    expect(await dueError.count()).toBe(0);
    const dueHint = form.locator('[id$="-dueAt-hint"]');
    await dueHint.waitFor();
    expect(await dueHint.textContent()).toBe('This is in the past: it will show as overdue.');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(9, 0, 0, 0);
    await form.getByLabel('Due').fill(toLocalInput(tomorrow));
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    const item = panel.getByRole('listitem').filter({ hasText: 'Send the proposal' });
    await item.waitFor();
    await panel
      .locator('.planned-next')
      .getByText('Email tomorrow 09:00', { exact: true })
      .waitFor();

    await item.getByRole('button', { name: 'Reschedule email “Send the proposal”' }).click();
    const later = new Date(tomorrow);
    later.setDate(later.getDate() + 1);
    later.setHours(14, 30);
    await item.getByLabel('New due time').fill(toLocalInput(later));
    await item.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await page.getByTestId('toast').filter({ hasText: 'moved to' }).waitFor();
    const moved = formatNextStep(
      { type: 'EMAIL', subject: 'x', dueAt: later.toISOString(), isOverdue: false, overdueDays: 0 },
      { now: new Date(), timeZone },
    ).text;
    await panel.locator('.planned-next').getByText(moved, { exact: true }).waitFor();

    await item.getByRole('button', { name: 'Cancel email “Send the proposal”' }).click();
    await page.getByTestId('toast').filter({ hasText: 'cancelled.' }).waitFor();
    await item.waitFor({ state: 'detached' });
    await panel.getByText('no activity planned', { exact: true }).waitFor();
    const { lead } = await graphqlRequest<{
      lead: { plannedActivities: { status: string; dueAt: string }[] };
    }>(
      stack.origin,
      'query($id: ID!) { lead(id: $id) { plannedActivities(includeDone: true) { status dueAt } } }',
      { id: leadId },
    );
    expect(lead.plannedActivities).toEqual([{ status: 'CANCELLED', dueAt: later.toISOString() }]);
  });

  it('plans a step in a past year, noted before saving, and gives its year where it is shown', async () => {
    const { leadId, panel, form } = await openPlanFormOnUnplannedLead();
    await form.getByLabel('Subject').fill('Chase the old quote');
    await form.getByLabel('Due').fill('2020-01-01T10:00');
    await form.getByText('This is in the past: it will show as overdue.').waitFor();
    await form.getByRole('button', { name: 'Plan', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const dueAt = new Date(2020, 0, 1, 10, 0);
    const { lead } = await graphqlRequest<{
      lead: { nextActivity: { dueAt: string; overdueDays: number } };
    }>(stack.origin, 'query($id: ID!) { lead(id: $id) { nextActivity { dueAt overdueDays } } }', {
      id: leadId,
    });
    expect(lead.nextActivity.dueAt).toBe(dueAt.toISOString());
    const { detail } = formatNextStep(
      {
        type: 'CALL',
        subject: 'Chase the old quote',
        dueAt: dueAt.toISOString(),
        isOverdue: true,
        overdueDays: lead.nextActivity.overdueDays,
      },
      { now: new Date(), timeZone },
    );
    expect(detail).toMatch(/, due Wed, Jan 1, 2020, 10:00: overdue by [\d,]+ whole days$/);
    await panel.locator('.planned-next').getByText(detail, { exact: true }).waitFor();
    await page.getByText(`Planned a call for ${formatDate(dueAt.toISOString(), true)}`).waitFor();
    expect(formatDate(dueAt.toISOString(), true)).toBe('Jan 1, 2020, 10:00 AM');
  });
});

describe('the search box', () => {
  it('opens with "/", finds a lead by its company as one types, and Enter opens the lead', async () => {
    const some = await stack.db.prisma.lead.findMany({ orderBy: { id: 'asc' }, take: 50 });
    const lead = some.find(
      (l) => typeof (l.metadata as { company?: unknown } | null)?.company === 'string',
    )!;
    const company = (lead.metadata as { company: string }).company;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.origin}/board/pl-new`);
    await page.locator('[data-deal-id]').first().waitFor();
    // The search UI is not part of the first load: its script comes with the first use.
    const searchScripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('SearchDialog')),
      );
    expect(await searchScripts()).toEqual([]);

    await page.locator('body').press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('combobox', { name: 'Search deals, leads and customers' });
    await box.waitFor();
    expect(await searchScripts()).not.toEqual([]);
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially(company, { delay: 30 });
    const listbox = dialog.getByRole('listbox', { name: 'Results' });
    await listbox.getByRole('group', { name: 'Leads' }).getByRole('option').first().waitFor();
    await atBothWidths('search-results', false);

    // Arrow down to the lead, then Enter.
    const options = listbox.getByRole('option');
    const ids = await options.evaluateAll((els) => els.map((el) => el.id));
    const names = await options.evaluateAll((els) =>
      els.map((el) => el.querySelector('.search__title')?.textContent ?? ''),
    );
    const target = names.indexOf(lead.name);
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(ids[target]);
    expect(await options.nth(target).getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(`${stack.origin}/leads/${lead.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(lead.name) }).waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it('opens with Ctrl+K from a field too, says what it needs, and Escape gives the focus back', async () => {
    await page.goto(`${stack.origin}/leads`);
    await page.getByTestId('lead-table').waitFor();
    const field = page.locator('#main input').first();
    await field.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('combobox');
    await box.waitFor();
    await box.fill('zq');
    await dialog
      .getByRole('status')
      .getByText('Type at least 3 characters', { exact: false })
      .waitFor();
    await box.fill('zqxwv');
    await dialog.getByRole('status').getByText('Nothing matches “zqxwv”.').waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Back where the user was.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
