import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from './graphqlRequest';
import { launchBrowser, SCREENSHOTS } from './launchBrowser';
import { startTestStack, type TestStack } from './testStack';

// Creating and undoing from the SPA (issue 15, ADR 033), as a user does it, checked after a reload.
const QUALIFICATION = 'pl-new-st-0';

let stack: TestStack;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function atBothWidths(name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(`${name}-phone`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(name);
}

const column = (stageId: string) => page.locator(`section.column[data-stage-id="${stageId}"]`);

async function openBoard() {
  await page.goto(`${stack.origin}/board/pl-new`);
  await column(QUALIFICATION).locator('[data-deal-id]').first().waitFor();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack({ leads: 200 });
  ({ context, close: closeBrowser } = await launchBrowser());
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
});

afterAll(async () => {
  await closeBrowser?.();
  await stack?.stop();
});

describe('quick-add on a board column', () => {
  it('adds a deal with a customer to the column, shows errors by their field, and keeps it after a reload', async () => {
    const { customerPage } = await graphqlRequest<{
      customerPage: { nodes: { id: string; name: string }[] };
    }>(stack.origin, '{ customerPage(first: 1) { nodes { id name } } }');
    const customer = customerPage.nodes[0]!;
    await openBoard();
    const qualification = column(QUALIFICATION);
    const opener = qualification.getByRole('button', { name: 'Add a deal to Qualification' });
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

    await form.getByLabel('Customer (optional)').fill(customer.name);
    await page.waitForResponse((r) => (r.request().postData() ?? '').includes('QuickAddCustomers'));
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
