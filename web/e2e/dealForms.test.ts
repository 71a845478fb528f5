import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from './graphqlRequest';
import { axeSeriousViolations, saveScreenshot } from './pageChecks';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// The full deal form with customer search, converting a lead, Won with Undo from the board, and an
// edit whose timeline says old → new (issue 15, ADR 035), as a user does them, checked after a
// reload and against the API.
const DISCOVERY = 'pl-new-st-1';
const NEGOTIATION = 'pl-new-st-3';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

const screenshot = (name: string, fullPage = true) => saveScreenshot(page, name, fullPage);

const seriousViolations = () => axeSeriousViolations(page);

/** The screen as seen on a phone, then the whole page at desktop width, each checked with axe. */
async function atBothWidths(name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(`${name}-phone`, false);
  expect(await seriousViolations()).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(name);
  expect(await seriousViolations()).toEqual([]);
}

const column = (stageId: string) => page.locator(`section.column[data-stage-id="${stageId}"]`);
const toast = (text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });

async function openBoard() {
  await page.goto(`${stack.origin}/board/pl-new`);
  await column(DISCOVERY).locator('[data-deal-id]').first().waitFor();
}

type Deal = {
  title: string;
  value: string;
  currency: string;
  version: number;
  expectedCloseDate: string | null;
  stage: { id: string; kind: string };
  owner: { id: string } | null;
  customer: { id: string; name: string } | null;
  lead: { id: string; status: string } | null;
};
async function dealById(id: string): Promise<Deal | null> {
  const data = await graphqlRequest<{ deal: Deal | null }>(
    stack.origin,
    `query($id: ID!) { deal(id: $id) { title value currency version expectedCloseDate
      stage { id kind } owner { id } customer { id name } lead { id status } } }`,
    { id },
  );
  return data.deal;
}

async function customers(): Promise<{ id: string; name: string }[]> {
  const { customerPage } = await graphqlRequest<{
    customerPage: { nodes: { id: string; name: string }[] };
  }>(stack.origin, '{ customerPage(first: 20) { nodes { id name } } }');
  return customerPage.nodes;
}

/** Types part of a name into a customer picker and picks the customer from the suggestions. */
async function pickCustomer(scope: ReturnType<Page['locator']>, name: string, byKeyboard: boolean) {
  const input = scope.getByRole('combobox', { name: /^Customer/ });
  await input.fill(name.slice(0, 5));
  const option = scope.getByRole('option', { name, exact: true });
  await option.waitFor();
  if (!byKeyboard) return option.click();
  // Arrows to the option, Enter picks it (the combobox pattern).
  const options = await scope.getByRole('option').allTextContents();
  for (let i = 0; i <= options.indexOf(name); i++) await input.press('ArrowDown');
  await input.press('Enter');
}

beforeAll(async () => {
  session = await startBrowserSession({ leads: 200 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('the full new-deal form', () => {
  it('creates a deal with a customer found by search, shows errors by their field, and opens it from the toast', async () => {
    const customer = (await customers())[3]!;
    await openBoard();
    await page.getByRole('button', { name: 'New deal' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'New deal' });
    await form.getByLabel('Title').waitFor();
    // The currency starts as the pipeline's.
    expect(await form.getByLabel('Currency').inputValue()).toBe('USD');

    // Checked before sending, next to each field.
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText('A deal needs a title.').waitFor();
    await form.getByText(/at most 2 decimals/).waitFor();

    await form.getByLabel('Title').fill('Fleet telematics rollout');
    await form.getByLabel('Value').fill('15000');
    // A currency the server refuses is named on its field, in plain words.
    await form.getByLabel('Currency').fill('XYZ');
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText('That is not a currency code in use').waitFor();
    expect(await form.getByLabel('Currency').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Currency').fill('EUR');

    // Typed but not picked: the form asks to pick.
    await form.getByRole('combobox', { name: /^Customer/ }).fill('zzzz');
    await form.getByText(/No customer’s name contains “zzzz”/).waitFor();
    await form.getByRole('button', { name: 'Add deal' }).click();
    await form.getByText('Pick a customer from the list, or clear the field.').waitFor();

    await pickCustomer(form, customer.name, true);
    expect(await form.getByRole('combobox', { name: /^Customer/ }).inputValue()).toBe(
      customer.name,
    );
    await form.getByLabel('Stage').selectOption({ label: 'Discovery' });
    await form.getByLabel('Owner').selectOption('user-rep-2');
    await form.getByLabel('Expected close (optional)').fill('2027-03-31');
    await atBothWidths('board-new-deal');

    await form.getByRole('button', { name: 'Add deal' }).click();
    const created = toast('“Fleet telematics rollout” added to Discovery');
    await created.waitFor();
    const card = column(DISCOVERY).locator('[data-deal-id]', {
      hasText: 'Fleet telematics rollout',
    });
    await card.waitFor();
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    const dealId = (await card.getAttribute('data-deal-id'))!;
    expect(await dealById(dealId)).toMatchObject({
      title: 'Fleet telematics rollout',
      value: '15000.00',
      currency: 'EUR',
      expectedCloseDate: '2027-03-31',
      stage: { id: DISCOVERY },
      owner: { id: 'user-rep-2' },
      customer: { id: customer.id },
    });

    await created.getByRole('button', { name: 'Open deal' }).click();
    await page.waitForURL(`${stack.origin}/deals/${dealId}`);
    await page.getByRole('heading', { level: 1, name: 'Fleet telematics rollout' }).waitFor();
    await page.goto(`${stack.origin}/board/pl-new`);
    await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).waitFor();
  });
});

describe('the deal page', () => {
  it('changes the customer with the same picker, and the timeline says what changed, old → new', async () => {
    const [first, second] = await customers();
    await openBoard();
    const dealId = (await column(DISCOVERY)
      .locator('[data-deal-id]')
      .first()
      .getAttribute('data-deal-id'))!;
    const before = (await dealById(dealId))!;
    await page.goto(`${stack.origin}/deals/${dealId}`);
    const form = page.getByRole('form', { name: 'Edit deal' });
    const save = form.getByRole('button', { name: 'Save changes' });
    await form.getByLabel('Title').waitFor();

    // The same amount written another way is no change: Save stays off and nothing is sent.
    let updates = 0;
    page.on('request', (r) => {
      if ((r.postData() ?? '').includes('UpdateDeal')) updates++;
    });
    await form.getByLabel(/^Value/).fill(before.value.replace(/\.00$/, ''));
    expect(await save.isDisabled()).toBe(true);
    await form.getByLabel(/^Value/).press('Enter');

    const target = before.customer?.id === first!.id ? second! : first!;
    await pickCustomer(form, target.name, false);
    const { users } = await graphqlRequest<{ users: { id: string; name: string }[] }>(
      stack.origin,
      '{ users { id name } }',
    );
    const owner = users.find((u) => u.id === before.owner?.id);
    const newOwner = users.find((u) => u.id !== before.owner?.id)!;
    await form.getByLabel('Owner').selectOption(newOwner.id);
    await form.getByLabel('Title').fill(`${before.title} (renewal)`);
    await form.getByLabel(/^Value/).fill('4200');
    await save.click();
    await toast('Deal saved.').waitFor();
    // The server answers 4200.00 for the 4200 typed: the form shows it and is not left dirty.
    await expect.poll(() => form.getByLabel(/^Value/).inputValue()).toBe('4200.00');
    expect(await save.isDisabled()).toBe(true);
    expect(updates).toBe(1);

    const entry = page.locator('.timeline__item[data-activity-type="UPDATED"]').first();
    await entry.getByText(`Title: “${before.title}” → “${before.title} (renewal)”`).waitFor();
    await entry.getByText(/^Value: .+ → .*4,200$/).waitFor();
    await entry.getByText(before.customer ? 'Customer: changed' : 'Customer: set').waitFor();
    await entry.getByText(`Owner: ${owner?.name ?? 'nobody'} → ${newOwner.name}`).waitFor();
    await atBothWidths('deal-edit-timeline');

    await page.reload();
    await page.locator('.detail-layout').getByRole('link', { name: target.name }).waitFor();
    expect(await dealById(dealId)).toMatchObject({
      title: `${before.title} (renewal)`,
      value: '4200.00',
      customer: { id: target.id },
      owner: { id: newOwner.id },
      version: before.version + 1,
    });
  });
});

describe('the stage bar of a deal page', () => {
  it('moves an open deal to another stage, first in that column on the board, and the timeline says so', async () => {
    await openBoard();
    const dealId = (await column(DISCOVERY)
      .locator('[data-deal-id]')
      .last()
      .getAttribute('data-deal-id'))!;
    const before = (await dealById(dealId))!;
    await page.goto(`${stack.origin}/deals/${dealId}`);
    const bar = page.getByRole('list', { name: 'Stage progress' });
    // The deal's own stage is marked, not a button; Won and Lost are the page's Mark won and lost.
    await bar.locator('[aria-current="step"]', { hasText: 'Discovery' }).waitFor();
    expect(await bar.getByRole('button', { name: 'Move to Discovery' }).count()).toBe(0);
    await bar.getByRole('button', { name: 'Move to Negotiation' }).click();
    await toast('moved to Negotiation.').waitFor();
    await bar.locator('[aria-current="step"]', { hasText: 'Negotiation' }).waitFor();
    await page.locator('.page-header__subtitle', { hasText: 'Negotiation for 0 days' }).waitFor();
    await page
      .locator('.timeline__item[data-activity-type="STAGE_CHANGED"]')
      .first()
      .getByText('Moved from Discovery to Negotiation')
      .waitFor();
    await bar.getByRole('button', { name: 'Move to Discovery' }).focus();
    await atBothWidths('deal-stage-bar');
    expect(await dealById(dealId)).toMatchObject({
      stage: { id: NEGOTIATION, kind: 'OPEN' },
      version: before.version + 1,
    });
    // First in its new column, as a new deal is, and gone from the old one.
    await openBoard();
    await expect
      .poll(() =>
        column(NEGOTIATION).locator('[data-deal-id]').first().getAttribute('data-deal-id'),
      )
      .toBe(dealId);
    expect(await column(DISCOVERY).locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
  });
});

describe('unsaved changes on a deal page', () => {
  it('asks before leaving: Stay keeps what was typed, Leave drops it and saves nothing', async () => {
    await openBoard();
    const dealId = (await column(NEGOTIATION)
      .locator('[data-deal-id]')
      .last()
      .getAttribute('data-deal-id'))!;
    const before = (await dealById(dealId))!;
    await page.goto(`${stack.origin}/deals/${dealId}`);
    const form = page.getByRole('form', { name: 'Edit deal' });
    await form.getByLabel('Title').fill('Half-typed title');
    const back = page.getByRole('link', { name: '← New business' });
    await back.click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByText('Your changes to this deal are not saved.').waitFor();
    await atBothWidths('deal-leave-unsaved');
    // Both buttons inside the dialog on a phone too (side by side they ran past its edge).
    await page.setViewportSize({ width: 390, height: 844 });
    const edge = await dialog.evaluate((el) => el.getBoundingClientRect().right);
    for (const name of ['Stay and keep editing', 'Leave without saving']) {
      const box = (await dialog.getByRole('button', { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(edge);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(`${stack.origin}/deals/${dealId}`);
    expect(await form.getByLabel('Title').inputValue()).toBe('Half-typed title');

    // The sidebar's links are held the same way; Leave goes where the link said.
    await page.getByRole('link', { name: 'Leads', exact: true }).first().click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(`${stack.origin}/leads`);
    expect((await dealById(dealId))?.title).toBe(before.title);
    // Saved or untouched, a deal page is left without a question.
    await page.goto(`${stack.origin}/deals/${dealId}`);
    await form.getByLabel('Title').waitFor();
    await back.click();
    await page.waitForURL(`${stack.origin}/board/pl-new`);
    // Reached from the board in the app (the history steps the app's router made):
    await column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).click();
    await page.waitForURL(`${stack.origin}/deals/${dealId}`);
    await form.getByLabel('Title').fill('Typed, then Back');
    // The browser's Back button is held too: the page stays, on its own address, with the edit.
    await page.evaluate(() => window.history.back());
    await dialog.waitFor();
    await expect.poll(() => page.url()).toBe(`${stack.origin}/deals/${dealId}`);
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await form.getByLabel('Title').inputValue()).toBe('Typed, then Back');
    expect(page.url()).toBe(`${stack.origin}/deals/${dealId}`);
    await page.evaluate(() => window.history.back());
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(`${stack.origin}/board/pl-new`);
    // Leave takes the step it held: to the board, one entry back, nothing saved.
    await column(NEGOTIATION).waitFor();
    expect((await dealById(dealId))?.title).toBe(before.title);
    // No entry was added on the way: Forward is the deal page, as the user left it (unsaved).
    await page.evaluate(() => window.history.forward());
    await page.waitForURL(`${stack.origin}/deals/${dealId}`);
    await expect.poll(() => form.getByLabel('Title').inputValue()).toBe(before.title);
  });
});

describe('convert a lead into a deal', () => {
  it('converts from the lead page with stage, value, currency and owner, opens the deal, and the lead shows as converted', async () => {
    const { leads } = await graphqlRequest<{
      leads: { edges: { node: { id: string; name: string } }[] };
    }>(
      stack.origin,
      '{ leads(first: 1, filter: { status: [QUALIFIED, WORKING, NEW] }) { edges { node { id name } } } }',
    );
    const lead = leads.edges[0]!.node;
    await page.goto(`${stack.origin}/leads/${lead.id}`);
    await page.getByRole('button', { name: 'Convert to deal' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'Convert lead' });
    await form.getByLabel('Stage').selectOption({ label: 'Proposal' });
    await form.getByRole('button', { name: 'Convert to deal' }).click();
    await form.getByText(/at most 2 decimals/).waitFor();
    await form.getByLabel('Value').fill('8000');
    await form.getByLabel('Owner').selectOption('user-rep-3');
    await atBothWidths('lead-convert');
    await form.getByRole('button', { name: 'Convert to deal' }).click();

    await page.waitForURL(/\/deals\/[^/]+$/);
    const dealId = page.url().split('/').pop()!;
    await toast(`“${lead.name}” converted into`).waitFor();
    await page.locator('.page-header__subtitle', { hasText: 'Proposal' }).waitFor();
    expect(await dealById(dealId)).toMatchObject({
      value: '8000.00',
      currency: 'USD',
      owner: { id: 'user-rep-3' },
      lead: { id: lead.id, status: 'CONVERTED' },
    });

    await page.getByRole('link', { name: lead.name }).click();
    await page.waitForURL(`${stack.origin}/leads/${lead.id}`);
    await page.getByRole('heading', { level: 1, name: /Converted/i }).waitFor();
    expect(await page.getByRole('button', { name: 'Convert to deal' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Converted/i }).waitFor();
    await page.locator(`a[href="/deals/${dealId}"]`).waitFor();
  });
});

describe('Won from the board, with Undo', () => {
  async function winFirstNegotiationDeal(): Promise<string> {
    await openBoard();
    const card = column(NEGOTIATION).locator('[data-deal-id]').first();
    const dealId = (await card.getAttribute('data-deal-id'))!;
    await card.focus();
    await page.keyboard.press('w');
    await toast('marked as won.').waitFor();
    await expect
      .poll(() => column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).count())
      .toBe(0);
    return dealId;
  }

  it('marks a deal won with a toast, and Undo puts it back in its column, still there after a reload', async () => {
    const dealId = await winFirstNegotiationDeal();
    expect((await dealById(dealId))?.stage.kind).toBe('WON');
    // The focus on Undo holds the toast while the screenshots and axe run (it pauses its clock).
    await toast('marked as won.').getByRole('button', { name: 'Undo' }).focus();
    await atBothWidths('board-won-undo');
    await toast('marked as won.').getByRole('button', { name: 'Undo' }).click();
    await toast('is open again, back in Negotiation').waitFor();
    await column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).waitFor();
    await page.reload();
    await column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).waitFor();
    expect((await dealById(dealId))?.stage).toEqual({ id: NEGOTIATION, kind: 'OPEN' });
  });

  it('says so plainly when the deal changed before Undo, and leaves it won', async () => {
    const dealId = await winFirstNegotiationDeal();
    const won = (await dealById(dealId))!;
    // Someone else edits it in the meantime.
    await graphqlRequest(
      stack.origin,
      'mutation($id: ID!, $v: Int!) { updateDeal(id: $id, expectedVersion: $v, input: { title: "Changed elsewhere" }) { id } }',
      { id: dealId, v: won.version },
    );
    await toast('marked as won.').getByRole('button', { name: 'Undo' }).click();
    await toast(/Could not undo: .* was changed by someone else .* so it stays won/).waitFor();
    expect((await dealById(dealId))?.stage.kind).toBe('WON');
    expect(await column(NEGOTIATION).locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
  });

  it('marks a deal lost from its page after asking why, and Undo reopens it in the same stage', async () => {
    await openBoard();
    const dealId = (await column(NEGOTIATION)
      .locator('[data-deal-id]')
      .first()
      .getAttribute('data-deal-id'))!;
    await page.goto(`${stack.origin}/deals/${dealId}`);
    await page.getByRole('button', { name: 'Mark lost' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Price' }).click();
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    const lost = toast('marked as lost.');
    await lost.waitFor();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(await dealById(dealId)).toMatchObject({ stage: { kind: 'LOST' } });
    await lost.getByRole('button', { name: 'Undo' }).focus();
    await atBothWidths('deal-lost-undo');
    await lost.getByRole('button', { name: 'Undo' }).click();
    await toast('is open again, back in Negotiation').waitFor();
    await page.getByRole('button', { name: 'Mark lost' }).waitFor();
    await page.locator('.page-header__subtitle', { hasText: 'Negotiation' }).waitFor();
    expect((await dealById(dealId))?.stage).toEqual({ id: NEGOTIATION, kind: 'OPEN' });
  });
});
