import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from './graphqlRequest';
import { SCREENSHOTS } from './launchBrowser';
import { startBrowserSession, type BrowserSession } from './browserSession';
import type { TestStack } from './testStack';

let stack: TestStack;
let session: BrowserSession | undefined;
let page: Page;

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Screenshots at desktop and phone width; at 390 px nothing may scroll sideways. */
async function shootBothWidths(name: string) {
  await screenshot(`${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await screenshot(`${name}-390`);
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      // Content that scrolls inside its own container (the table, the mobile nav) is fine.
      .filter((e) => {
        for (let p = e.parentElement; p; p = p.parentElement)
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return false;
        return true;
      })
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className} (${Math.round(e.getBoundingClientRect().right)})`);
    return { overflow: document.documentElement.scrollWidth - width, widest: wide };
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(overflow, `wider than 390 px: ${widest.join(', ')}`).toBeLessThanOrEqual(0);
}

async function createLead(name: string, metadata: Record<string, unknown>) {
  const data = await graphqlRequest<{ createLead: { id: string } }>(
    stack.origin,
    'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
    { input: { name, source: 'web', company: `${name} GmbH`, metadata } },
  );
  return data.createLead.id;
}

/** Routing and automations run in the relay (every ~500 ms): polls until `check` holds. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const byLabel = (label: string) => page.getByLabel(label, { exact: true });

beforeAll(async () => {
  session = await startBrowserSession({ leads: 200 });
  ({ stack, page } = session);
});

afterAll(() => session?.stop());

describe('routing settings', () => {
  it('builds a rule without JSON, sees the dry run, saves, and routes a new lead by it', async () => {
    await page.goto(`${stack.origin}/settings/routing`);
    await page.getByText('No routing rules yet').waitFor();
    await page.getByRole('button', { name: 'New rule' }).click();
    await byLabel('Rule name').fill('EMEA enterprise');

    await page.getByRole('button', { name: 'Add condition' }).click();
    await byLabel('Condition 1: field').selectOption({ label: 'Country' });
    await byLabel('Condition 1: test').selectOption({ label: 'is one of' });
    await byLabel('Condition 1: values').fill('DE');
    await byLabel('Condition 1: values').press('Enter');
    await byLabel('Condition 1: values').fill('FR');
    await byLabel('Condition 1: values').press('Enter');

    await page.getByRole('button', { name: 'Add condition' }).click();
    await byLabel('Condition 2: field').selectOption({ label: 'Employees' });
    await byLabel('Condition 2: test').selectOption({ label: 'is between' });
    // An inverted range is refused next to the input before anything is sent.
    await byLabel('Condition 2: at least').fill('900');
    await byLabel('Condition 2: at most').fill('10');
    await byLabel('User').selectOption({ label: 'Sam Patel' });
    await page.getByRole('button', { name: 'Preview dry run' }).click();
    await page.getByText('The minimum must not be greater than the maximum').waitFor();
    await byLabel('Condition 2: at most').fill('');
    await byLabel('Condition 2: at least').fill('500');

    // A lead that came in before the rule: saving does not route it, "Route it now" does.
    const waitingId = await createLead('Wanda Waiting', { country: 'FR', employees: 900 });
    // With no rule yet its creation is not routed; its first score, given in the background, is a
    // band change that routing acts on once a rule exists (a CI run saved the rule first, and the
    // score routed the lead). Scored before the rule, only "Route it now" routes it.
    await expect
      .poll(
        async () =>
          (await stack.db.prisma.lead.findUniqueOrThrow({ where: { id: waitingId } })).score,
        { timeout: 30_000 },
      )
      .not.toBeNull();
    await page.getByRole('button', { name: 'Preview dry run' }).click();
    const dryRun = page.getByTestId('routing-dry-run');
    await dryRun.waitFor();
    expect(await dryRun.textContent()).toMatch(/open leads? without an owner, nothing changed/);
    await shootBothWidths('routing-rule-dry-run');

    // Saving routes new leads; the unassigned leads the dry run gave an owner can be routed then.
    expect(await dryRun.textContent()).toMatch(/1 would go to Sam Patel/);
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page
      .getByText(
        'Saved rule “EMEA enterprise”: it routes new leads. The 1 unassigned lead the dry run gave an owner is still unassigned.',
      )
      .waitFor();
    const unrouted = await graphqlRequest<{ lead: { owner: { name: string } | null } }>(
      stack.origin,
      'query($id: ID!) { lead(id: $id) { owner { name } } }',
      { id: waitingId },
    );
    expect(unrouted.lead.owner).toBeNull();
    await page.getByRole('button', { name: 'Route it now' }).click();
    await page.getByText('Routed 1 lead: 1 to Sam Patel.').waitFor();
    const routedNow = await graphqlRequest<{ lead: { owner: { name: string } | null } }>(
      stack.origin,
      'query($id: ID!) { lead(id: $id) { owner { name } } }',
      { id: waitingId },
    );
    expect(routedNow.lead.owner?.name).toBe('Sam Patel');
    await page.locator('[data-rule="EMEA enterprise"]').waitFor();
    expect(await page.locator('[data-rule="EMEA enterprise"]').textContent()).toMatch(
      /Country is one of DE, FR and Employees ≥ 500.*Assign to Sam Patel/,
    );
    await shootBothWidths('routing-settings');

    const leadId = await createLead('Greta Berlin', { country: 'DE', employees: 800 });
    const routed = await eventually(
      () =>
        graphqlRequest<{ lead: { owner: { name: string } | null } }>(
          stack.origin,
          'query($id: ID!) { lead(id: $id) { owner { name } } }',
          { id: leadId },
        ),
      (d) => d.lead.owner?.name === 'Sam Patel',
    );
    expect(routed.lead.owner?.name).toBe('Sam Patel');

    await page.goto(`${stack.origin}/leads/${leadId}`);
    const reason = page.getByText(/Routed to Sam Patel by rule 'EMEA enterprise'/);
    await reason.first().waitFor();
    expect(await reason.first().textContent()).toMatch(/country is DE/);
    await screenshot('routing-lead-timeline');

    // The run log under the rules shows the decision, with a link to the lead.
    await page.goto(`${stack.origin}/settings/routing`);
    // Later events may re-run routing on the lead ("unchanged"); the assignment is the one to find.
    const run = page
      .getByTestId('routing-runs')
      .locator('[data-lead="Greta Berlin"]')
      .filter({ hasText: /^assigned/ })
      .first();
    await run.waitFor();
    expect(await run.textContent()).toMatch(/assigned.*Rule “EMEA enterprise” → Sam Patel/);
    expect(await run.getByRole('link', { name: 'Greta Berlin' }).getAttribute('href')).toBe(
      `/leads/${leadId}`,
    );
    await shootBothWidths('routing-run-log');

    // A second rule, moved above the first with the keyboard.
    await graphqlRequest(
      stack.origin,
      'mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) { id } }',
      {
        input: { name: 'Catch-all', conditions: [], assignment: 'USER', ownerIds: ['user-rep-1'] },
      },
    );
    await page.goto(`${stack.origin}/settings/routing`);
    await page.getByRole('button', { name: 'Move rule Catch-all up' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-rule]').first().filter({ hasText: 'Catch-all' }).waitFor();
    const order = await eventually(
      () =>
        graphqlRequest<{ routingRules: { name: string; position: number }[] }>(
          stack.origin,
          '{ routingRules { name position } }',
        ),
      (d) => d.routingRules.find((r) => r.position === 0)?.name === 'Catch-all',
    );
    expect(
      [...order.routingRules].sort((a, b) => a.position - b.position).map((r) => r.name),
    ).toEqual(['Catch-all', 'EMEA enterprise']);
  });
});

describe('automation settings', () => {
  it('builds a score-threshold automation and acts on a lead whose score crosses it', async () => {
    await page.goto(`${stack.origin}/settings/automations`);
    await page.getByText('No automations yet').waitFor();
    await page.getByRole('button', { name: 'New automation' }).click();
    await byLabel('Automation name').fill('Hot leads');
    await byLabel('When').selectOption('SCORE_CROSSED');
    await byLabel('Direction').selectOption('UP');
    await byLabel('Threshold (1–100)').fill('80');
    await byLabel('Action 1').selectOption('SET_LEAD_STATUS');
    await byLabel('Action 1: new status').selectOption('WORKING');
    await page.getByRole('button', { name: 'Add action' }).click();
    await byLabel('Action 2').selectOption('ADD_TASK');
    await byLabel('Action 2: task').fill('Call within the hour');
    await page.getByRole('button', { name: 'Preview dry run' }).click();
    await page.getByTestId('automation-dry-run').waitFor();
    await shootBothWidths('automation-form');
    await page.getByRole('button', { name: 'Create automation' }).click();
    await page.getByText('Saved automation “Hot leads”.').waitFor();
    await page.locator('[data-automation="Hot leads"]').waitFor();

    const leadId = await createLead('Hannah Hot', { country: 'US' });
    // The score crosses 80 from below, as rescoring would write it.
    await stack.db.prisma.lead.update({ where: { id: leadId }, data: { score: 50 } });
    await stack.db.prisma.lead.update({ where: { id: leadId }, data: { score: 86 } });
    const acted = await eventually(
      () =>
        graphqlRequest<{ lead: { status: string } }>(
          stack.origin,
          'query($id: ID!) { lead(id: $id) { status } }',
          { id: leadId },
        ),
      (d) => d.lead.status === 'WORKING',
    );
    expect(acted.lead.status).toBe('WORKING');

    await page.goto(`${stack.origin}/leads/${leadId}`);
    await page.getByText('Call within the hour').first().waitFor();
    await page
      .getByText(/By automation 'Hot leads'/)
      .first()
      .waitFor();
    await screenshot('automation-lead-timeline');

    await page.goto(`${stack.origin}/settings/automations`);
    const runs = page.getByTestId('automation-runs');
    await runs.getByText('Hannah Hot').first().waitFor();
    expect(await runs.textContent()).toMatch(/acted/);
    await shootBothWidths('automation-settings');
  });
});
