import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './startGateway';

/**
 * A subgraph that serves its SDL to the gateway, then closes the connection on every query
 * without answering, as a sales worker that dies with requests in flight does.
 */
const SDL =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n' +
  'type Query { hello: String! }';

let subgraph: Server;
let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  subgraph = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (body.includes('_service')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { _service: { sdl: SDL } } }));
        return;
      }
      request.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const { port } = subgraph.address() as AddressInfo;
  gateway = await startGateway({
    port: 0,
    subgraphs: [{ name: 'sales', url: `http://127.0.0.1:${port}/graphql` }],
    production: true,
  });
});
afterAll(async () => {
  await gateway?.stop(1_000);
  await new Promise((resolve) => subgraph?.close(resolve));
});

describe('a subgraph that closes the connection without an answer', () => {
  it('is SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, not INTERNAL_SERVER_ERROR', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[];
    };
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(body.errors?.[0]?.extensions?.retryable).toBe(true);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });
});
