// Screenshots of a running SPA, for looking at pages by hand: `npx tsx web/e2e/shoot.ts http://localhost:4100 /board /leads`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, SCREENSHOTS } from './launchBrowser';

const [origin, ...paths] = process.argv.slice(2);
mkdirSync(SCREENSHOTS, { recursive: true });
const { context, close } = await launchBrowser();
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const p of paths) {
  await page.goto(`${origin}${p}`);
  await page.waitForTimeout(2500);
  const file = path.join(SCREENSHOTS, `manual-${p.replace(/[^a-z0-9]+/gi, '_')}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}
await close();
