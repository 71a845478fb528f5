// SPA figures: initial JS (gzip; and all the JS the board route loads), navigation → interactive board with 2,000 deals, a column's next page, drag → result shown.
// Run: npx tsx bench/spa.ts   (needs /usr/bin/chromium; prints JSON, then a one-line summary)
// SPA_DIST=/path/to/dist measures an SPA built elsewhere (another commit's) against the same stack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import { DealBoardDocument } from '../web/src/__generated__/graphql';
import { launchBrowser } from '../web/e2e/launchBrowser';
import { boardPageSize } from '../web/src/modules/board/utils/boardPageSize';
import { dragWithMouse } from '../web/e2e/dragWithMouse';
import { ROOT, startTestStack } from '../web/e2e/testStack';
import { ordinalKey } from '../subgraph/src/services/deals/positionKey';

const EXTRA_DEALS = 2000;
const DIST = process.env.SPA_DIST ? path.resolve(process.env.SPA_DIST) : undefined;
const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function initialJsGzip(): { files: string[]; bytes: number; gzipBytes: number } {
  const dist = DIST ?? path.join(ROOT, 'web/dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(dist, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Gzip size of built assets by URL path ("/assets/x.js"), as initialJsGzip counts them. */
function gzipOf(paths: readonly string[]): number {
  const dist = DIST ?? path.join(ROOT, 'web/dist');
  return paths.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    0,
  );
}

const stack = await startTestStack({ leads: 200, spaDir: DIST });
try {
  const size = initialJsGzip();
  // 2,000 more open deals in the New business pipeline, most of them in its first column.
  const stages = await stack.db.prisma.pipelineStage.findMany({
    where: { pipelineId: 'pl-new', kind: 'OPEN' },
    orderBy: { order: 'asc' },
  });
  const owners = await stack.db.prisma.user.findMany({ select: { id: true } });
  const customers = await stack.db.prisma.customer.findMany({ select: { id: true }, take: 200 });
  const next = new Map<string, number>();
  for (const s of stages)
    next.set(s.id, await stack.db.prisma.deal.count({ where: { stageId: s.id } }));
  const rows = Array.from({ length: EXTRA_DEALS }, (_, i) => {
    const stage = stages[i % 10 < 7 ? 0 : i % stages.length]!;
    const position = next.get(stage.id)!;
    next.set(stage.id, position + 1);
    return {
      id: `bench-deal-${i}`,
      tenantId: stage.tenantId,
      pipelineId: 'pl-new',
      stageId: stage.id,
      customerId: customers[i % customers.length]?.id ?? null,
      ownerId: owners[i % owners.length]?.id ?? null,
      title: `Bench deal ${i}`,
      value: String(1000 + ((i * 37) % 90) * 500),
      currency: 'USD',
      position: ordinalKey(position),
      stageEnteredAt: new Date(Date.now() - (i % 60) * 86_400_000),
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await stack.db.prisma.deal.createMany({ data: rows.slice(i, i + 500) });
  const onBoard = await stack.db.prisma.deal.count({
    where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' } },
  });

  // The board's own query, timed without a browser: how much of the load is the API.
  // The SPA's generated document, with every fragment it spreads.
  const boardQuery = print(DealBoardDocument);
  const apiTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const response = await fetch(`${stack.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: boardQuery,
        operationName: 'DealBoard',
        variables: {
          pipelineId: 'pl-new',
          filter: {},
          openFilter: { status: 'OPEN' },
          pageSize: boardPageSize,
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    apiTimes.push(Math.round(performance.now() - started));
  }

  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    const url = `${stack.origin}/board/pl-new`;
    const lastColumn = `section.column[data-stage-id="${stages.at(-1)!.id}"] [data-deal-id]`;
    await page.goto(url); // warm the server's caches and the browser's
    await page.locator(lastColumn).first().waitFor();

    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator(lastColumn).first().waitFor();
      // Interactive: the cards are painted and the main thread is free for a frame.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
      loads.push(Date.now() - started);
    }
    // Everything the board route fetched: the entry plus the chunks it loads on demand (ADR 025).
    const boardJs = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/assets/') && p.endsWith('.js')),
    );
    const boardJsGzip = gzipOf(boardJs.map((p) => p.slice(1)));

    const drags: number[] = [];
    const dropAnimations: number[] = [];
    const updates: number[] = [];
    const first = `section.column[data-stage-id="${stages[0]!.id}"]`;
    const second = `section.column[data-stage-id="${stages[1]!.id}"]`;
    for (let i = 0; i < 5; i++) {
      const dealId = await page
        .locator(`${first} [data-deal-id]`)
        .first()
        .getAttribute('data-deal-id');
      // Time from the mouse release to the card being in the other column, measured in the page.
      await page.evaluate(
        ({ dealId, second }) => {
          const w = window as unknown as { dropAt?: number; shownAt?: number };
          delete w.dropAt;
          delete w.shownAt;
          performance.clearMarks('board:drop');
          window.addEventListener('mouseup', () => (w.dropAt = performance.now()), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            if (document.querySelector(`${second} [data-deal-id="${dealId}"]`)) {
              w.shownAt = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        },
        { dealId, second },
      );
      await dragWithMouse(
        page,
        page.locator(`${first} [data-deal-id="${dealId}"]`),
        page.locator(`${second} .column__body`),
      );
      await page.waitForFunction(
        () => (window as unknown as { shownAt?: number }).shownAt !== undefined,
      );
      const timing = await page.evaluate(() => {
        const w = window as unknown as { dropAt: number; shownAt: number };
        const dropped = performance.getEntriesByName('board:drop').at(-1)?.startTime ?? w.dropAt;
        return {
          total: w.shownAt - w.dropAt,
          animation: dropped - w.dropAt,
          update: w.shownAt - dropped,
        };
      });
      drags.push(timing.total);
      dropAnimations.push(timing.animation);
      updates.push(timing.update);
      await page.waitForLoadState('networkidle');
    }

    // Scrolling to the end of the long first column: time until its next page is shown.
    const pages: number[] = [];
    for (let i = 0; i < 5; i++) {
      const shown = await page.locator(`${first} [data-deal-id]`).count();
      const started = Date.now();
      await page
        .locator(`${first} .column__body`)
        .evaluate((body) => body.scrollTo({ top: body.scrollHeight }));
      await page.locator(`${first} [data-deal-id]`).nth(shown).waitFor();
      pages.push(Date.now() - started);
    }

    const result = {
      initialJs: { files: size.files, bytes: size.bytes, gzipBytes: size.gzipBytes },
      board: {
        dealsOnBoard: onBoard,
        routeJs: { files: boardJs, gzipBytes: boardJsGzip },
        navigationToInteractiveMs: { runs: loads, median: median(loads) },
        boardQueryThroughGatewayMs: { runs: apiTimes, median: median(apiTimes) },
        scrollToNextPageShownMs: { runs: pages, median: median(pages) },
      },
      drag: {
        releaseToCardInNewColumnMs: { runs: drags.map(round), median: round(median(drags)) },
        libraryDropAnimationMs: {
          runs: dropAnimations.map(round),
          median: round(median(dropAnimations)),
        },
        onDragEndToRenderedMs: { runs: updates.map(round), median: round(median(updates)) },
      },
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `spa: initial JS ${(size.gzipBytes / 1024).toFixed(1)} KiB gzip (${(boardJsGzip / 1024).toFixed(1)} KiB with the board's own chunks); board with ${onBoard} deals interactive in ${median(loads)} ms (median of 5; its GraphQL query alone ${median(apiTimes)} ms), next page of a column shown ${median(pages)} ms after scrolling to its end; drag shown in its new column ${round(median(drags))} ms after release (${round(median(dropAnimations))} ms drop animation + ${round(median(updates))} ms optimistic update and render; medians of 5)`,
    );
  } finally {
    await close();
  }
} finally {
  await stack.stop();
}
