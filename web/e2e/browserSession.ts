import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { graphqlRequest } from './graphqlRequest';
import { launchBrowser, SCREENSHOTS } from './launchBrowser';
import { startTestStack, type TestStack } from './testStack';

export type BrowserSession = {
  stack: TestStack;
  context: BrowserContext;
  page: Page;
  stop(): Promise<void>;
};

/**
 * What every browser test file starts with: the stack on an embedded database seeded with `leads`
 * leads — scored as the scheduled jobs would score them (a retrain, then every open lead) when
 * `scored` —, Debian's Chromium with one page whose script errors are logged, and the screenshot
 * folder.
 */
export async function startBrowserSession({
  leads,
  scored = false,
  jwtSecret,
}: {
  leads: number;
  scored?: boolean;
  /** See startTestStack. */
  jwtSecret?: string;
}): Promise<BrowserSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startTestStack({ leads, ...(jwtSecret ? { jwtSecret } : {}) });
  try {
    if (scored) {
      for (const mutation of [
        'mutation { retrainScoringModel { activated } }',
        'mutation { refreshLeadScores { rescored } }',
      ]) {
        await graphqlRequest(stack.origin, mutation).catch((e: unknown) =>
          console.warn(`${mutation} failed:`, e),
        );
      }
    }
    const { context, close } = await launchBrowser();
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    return {
      stack,
      context,
      page,
      stop: async () => {
        await close();
        await stack.stop();
      },
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
