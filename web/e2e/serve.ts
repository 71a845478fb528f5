// A throwaway stack for looking at the SPA by hand: `npx tsx web/e2e/serve.ts [port]`.
import { startTestStack } from './testStack';

const stack = await startTestStack({ port: Number(process.argv[2] ?? 4100) });
console.log(`SPA at ${stack.origin}/`);
process.once('SIGINT', () => void stack.stop().then(() => process.exit(0)));
process.once('SIGTERM', () => void stack.stop().then(() => process.exit(0)));
