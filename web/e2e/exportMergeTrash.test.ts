import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../subgraph/src/testing/parseCsv';
import { graphqlRequest } from './graphqlRequest';
import { axeSeriousViolations, saveScreenshot } from './pageChecks';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

// Export, merge, trash and archive from the SPA (issue 15, ADR 037), as a user does them.
let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

const screenshot = (name: string, fullPage = true) => saveScreenshot(page, name, fullPage);

const seriousViolations = () => axeSeriousViolations(page);

/**
 * Screenshots at phone and desktop width, each with no horizontal overflow and no serious axe
 * violation. The phone shot is the screen as seen (a dialog or toast over a long page), the
 * desktop one the whole page.
 */
async function atBothWidths(name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(`${name}-phone`, false);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousViolations()).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(name);
  expect(await seriousViolations()).toEqual([]);
}

/** Clicks an "Export CSV" link and reads the file the browser saved. */
async function download(): Promise<{ name: string; rows: string[][]; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const saved = await file.path();
  const bytes = readFileSync(saved);
  return { name: file.suggestedFilename(), rows: parseCsv(bytes.toString('utf8')), bytes };
}

type LeadNode = { id: string; name: string; email: string | null; company: string | null };

async function createLead(name: string, email: string, company?: string): Promise<string> {
  const data = await graphqlRequest<{ createLead: { id: string } }>(
    stack.origin,
    'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
    {
      input: { name, email, source: 'web', allowDuplicate: true, ...(company ? { company } : {}) },
    },
  );
  return data.createLead.id;
}

async function lead(id: string) {
  const data = await graphqlRequest<{ lead: LeadNode | null }>(
    stack.origin,
    'query ($id: ID!) { lead(id: $id) { id name email company } }',
    { id },
  );
  return data.lead;
}

beforeAll(async () => {
  session = await startBrowserSession({ leads: 300 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('CSV export', () => {
  it("downloads the lead table with its filter and sort: every matching lead, in the table's order", async () => {
    await page.goto(`${stack.origin}/leads?status=NEW&sort=NAME&dir=ASC`);
    const table = page.getByTestId('lead-table');
    await table.locator('tbody tr').first().waitFor();
    await atBothWidths('leads-export');
    const shown = await table.locator('tbody tr td a').allTextContents();
    const { name, rows, bytes } = await download();
    expect(name).toMatch(/^leads-\d{4}-\d\d-\d\d\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...leads] = rows;
    expect(header?.slice(0, 5)).toEqual(['id', 'name', 'email', 'company', 'status']);
    const { leads: all } = await graphqlRequest<{ leads: { totalCount: number } }>(
      stack.origin,
      '{ leads(filter: { status: [NEW] }) { totalCount } }',
    );
    expect(leads).toHaveLength(all.totalCount);
    expect(leads.every((row) => row[4] === 'NEW')).toBe(true);
    expect(leads.slice(0, shown.length).map((row) => row[1])).toEqual(shown);
  });

  it("downloads a pipeline's deals with the board's filters, column by column in board order", async () => {
    await page.goto(`${stack.origin}/board/pl-new?min=10000`);
    const first = page.locator('section.column[data-stage-id="pl-new-st-0"]');
    await first.locator('[data-deal-id]').first().waitFor();
    const cards = await first
      .locator('[data-deal-id]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-deal-id')));
    await atBothWidths('board-export');
    const { name, rows } = await download();
    expect(name).toMatch(/^deals-\d{4}-\d\d-\d\d\.csv$/);
    const [header, ...deals] = rows;
    expect(header?.slice(5, 7)).toEqual(['value', 'currency']);
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.every((row) => Number(row[5]) >= 10000 && /^[A-Z]{3}$/.test(row[6]!))).toBe(true);
    const firstStage = deals.filter((row) => row[3] === 'Qualification').map((row) => row[0]);
    expect(firstStage.slice(0, cards.length)).toEqual(cards);
    // Closed deals as the Won and Lost zones count them: the last 90 days, not every close.
    const since = Date.now() - 90 * 86_400_000;
    expect(deals.every((row) => !row[11] || Date.parse(row[11]) >= since)).toBe(true);
  });
});

describe('duplicates', () => {
  it('offers to merge a duplicate being added into the open lead, which takes the new company', async () => {
    const existing = await createLead('Noor Haddad', 'noor.haddad@example.com');
    await page.goto(`${stack.origin}/leads`);
    await page.getByTestId('lead-table').waitFor();
    await page.getByRole('button', { name: 'Add lead' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'New lead' });
    await form.getByLabel('Name').fill('Noor Haddad');
    await form.getByLabel('Email (optional)').fill('NOOR.haddad@example.com');
    await form.getByLabel('Company (optional)').fill('Kinetic Yards');
    await form.getByLabel('Source').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add lead' }).click();
    await form.getByText('An open lead with this email already exists').waitFor();
    await atBothWidths('leads-duplicate-merge');
    await form.getByRole('button', { name: 'Merge into Noor Haddad' }).click();
    await page.waitForURL(`${stack.origin}/leads/${existing}`);
    await page.getByText('Merged into “Noor Haddad”: company added.').waitFor();
    expect(await lead(existing)).toMatchObject({
      email: 'noor.haddad@example.com',
      company: 'Kinetic Yards',
    });
    const { leads } = await graphqlRequest<{ leads: { totalCount: number } }>(
      stack.origin,
      '{ leads(filter: { search: "noor.haddad@" }) { totalCount } }',
    );
    expect(leads.totalCount).toBe(1);
  });

  it('merges a known duplicate from the lead page: it goes to the trash, the lead keeps its values', async () => {
    const target = await createLead('Imogen Price', 'imogen.price@example.com');
    const duplicate = await createLead('Imogen Price', 'imogen.price@example.com', 'Summit Motors');
    await page.goto(`${stack.origin}/leads/${target}`);
    await page.getByRole('heading', { level: 1, name: /Imogen Price/ }).waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog');
    const candidates = dialog.getByRole('list', { name: 'Possible duplicates' });
    await candidates.getByText('Summit Motors', { exact: false }).waitFor();
    expect(await candidates.getByRole('listitem').count()).toBe(1);
    await atBothWidths('lead-merge');
    await candidates.getByRole('button', { name: 'Merge into this lead' }).click();
    await page.getByText('“Imogen Price” merged into “Imogen Price”', { exact: false }).waitFor();
    expect(await lead(duplicate)).toBeNull();
    expect(await lead(target)).toMatchObject({ company: 'Summit Motors' });
    await page.getByText('Summit Motors').first().waitFor();
  });
});

describe('trash', () => {
  it('lists a deleted lead with who deleted it and the days left, and restores it', async () => {
    const id = await createLead('Tomasz Wierzbicki', 'tomasz.w@example.com');
    await page.goto(`${stack.origin}/leads/${id}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete lead' }).click();
    await page.waitForURL(`${stack.origin}/leads`);

    await page.goto(`${stack.origin}/settings`);
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Trash' })
      .click();
    await page.waitForURL(`${stack.origin}/trash`);
    const item = page.getByRole('listitem').filter({ hasText: 'Tomasz Wierzbicki' });
    // Deleted a moment ago: restorable for the whole 30 days (was "29 days left").
    const until = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    await item
      .getByText(`by Avery Admin · can be restored until ${until}`, { exact: false })
      .waitFor();
    await atBothWidths('trash');
    await item.getByRole('button', { name: 'Restore lead Tomasz Wierzbicki' }).click();
    await page.getByText('“Tomasz Wierzbicki” restored.').waitFor();
    await item.waitFor({ state: 'detached' });
    expect(await lead(id)).toMatchObject({ name: 'Tomasz Wierzbicki' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
    expect(await page.getByText('Tomasz Wierzbicki').count()).toBe(0);
  });
});

describe('archive a pipeline', () => {
  it('archives after asking, hides it from the board switcher, and restores it from Settings', async () => {
    const { createPipeline } = await graphqlRequest<{ createPipeline: { id: string } }>(
      stack.origin,
      'mutation { createPipeline(name: "Partner referrals") { id } }',
    );
    const switcherOptions = async () => {
      await page.goto(`${stack.origin}/board/pl-new`);
      const select = page.getByLabel('Pipeline');
      await select.locator('option', { hasText: 'New business' }).waitFor({ state: 'attached' });
      return select.locator('option').allTextContents();
    };
    expect(await switcherOptions()).toContain('Partner referrals');

    await page.goto(`${stack.origin}/settings/pipelines/${createPipeline.id}`);
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/takes no new deals/).waitFor();
    await atBothWidths('pipeline-archive-confirm');
    await dialog.getByRole('button', { name: 'Archive pipeline' }).click();
    const archived = page.getByRole('region', { name: 'Archived pipelines' });
    await archived.getByText('Partner referrals').waitFor();
    // The archived list and the settings list are refetched by two requests that may land apart.
    const listed = page
      .getByRole('navigation', { name: 'Pipelines' })
      .getByText('Partner referrals');
    await listed.waitFor({ state: 'detached' });
    expect(await listed.count()).toBe(0);
    await atBothWidths('pipeline-archived');
    expect(await switcherOptions()).not.toContain('Partner referrals');

    await page.goto(`${stack.origin}/settings`);
    await archived.getByRole('button', { name: 'Restore pipeline Partner referrals' }).click();
    await page
      .getByRole('navigation', { name: 'Pipelines' })
      .getByText('Partner referrals')
      .waitFor();
    expect(await archived.count()).toBe(0);
    expect(await switcherOptions()).toContain('Partner referrals');
  });
});
