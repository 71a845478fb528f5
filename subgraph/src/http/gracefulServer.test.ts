import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGracefulServer,
  IDLE_GRACE_MS,
  listenOn,
  type GracefulServer,
} from './gracefulServer';

/** A server whose POST /slow answers when its body has fully arrived; GET / answers at once. */
function startServer(): Promise<{ server: GracefulServer; port: number }> {
  const server = createGracefulServer((request, response) => {
    if (request.url === '/stream') {
      // Headers (keep-alive) go out at once; the body ends when the request's body has arrived.
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.flushHeaders();
      request.resume();
      request.on('end', () => response.end('streamed'));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`ok ${Buffer.concat(chunks).length}`);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, () => resolve({ server, port: (server.address() as AddressInfo).port })),
  );
}

/** A raw keep-alive connection, to see exactly what the server sends and when it closes. */
function open(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {});
  return {
    socket,
    closed,
    received: () => received,
    ready: new Promise<void>((resolve) => socket.once('connect', () => resolve())),
    async waitFor(pattern: RegExp, ms = 5_000) {
      const until = Date.now() + ms;
      while (!pattern.test(received) && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return received;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let current: GracefulServer | undefined;
afterEach(() => current?.closeAllConnections());

describe('createGracefulServer.shutdown', () => {
  it('stops accepting, lets requests in flight finish with Connection: close, answers requests on kept-alive connections with 503, then closes the idle ones', async () => {
    const { server, port } = await startServer();
    current = server;
    const keptAlive = async () => {
      const connection = open(port);
      await connection.ready;
      connection.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(await connection.waitFor(/ok 0/)).toMatch(/keep-alive/i);
      return connection;
    };
    const used = await keptAlive();
    const unused = await keptAlive();

    const slow = open(port);
    await slow.ready;
    slow.socket.write('POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345');
    await sleep(100);

    let done = false;
    const shutdown = server.shutdown(5_000).then((result) => ((done = true), result));
    await sleep(50);
    expect(server.draining).toBe(true);
    // No new connection is accepted.
    const refused = connect(port, '127.0.0.1');
    await expect(
      new Promise((resolve, reject) => {
        refused.once('connect', resolve);
        refused.once('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    // A client that sends on a kept-alive connection now is told, not reset (it could not know
    // whether a write it sent was applied).
    used.socket.write('POST /write HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab');
    const refusal = (await used.waitFor(/SERVICE_UNAVAILABLE/)).split(/(?=HTTP\/1\.1 )/)[1]!;
    expect(refusal).toMatch(/^HTTP\/1\.1 503/);
    expect(refusal).toMatch(/connection: close/i);
    await used.closed;

    slow.socket.write('67890'); // the request in flight completes…
    const answer = await slow.waitFor(/ok 10/);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/connection: close/i); // …and its connection is not kept alive
    await slow.closed;
    const finished = Date.now();
    await unused.closed; // closed once nothing is in flight, after the grace
    expect(Date.now() - finished).toBeLessThan(IDLE_GRACE_MS + 1_000);
    expect(unused.received()).not.toMatch(/503/);
    expect(await shutdown).toEqual({ cut: 0 });
    expect(done).toBe(true);
  });

  it('never serves a request that arrives on a kept-alive connection after the drain began: 503 with Connection: close, or the connection closes', async () => {
    const { server, port } = await startServer();
    current = server;
    const client = open(port);
    await client.ready;
    // A response already under way (its headers said keep-alive) when the drain begins; the client
    // then sends the next request on the same connection.
    client.socket.write('POST /stream HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab');
    expect(await client.waitFor(/keep-alive/i)).toMatch(/^HTTP\/1\.1 200/);
    const shutdown = server.shutdown(5_000);
    await sleep(50);
    client.socket.write('cd');
    client.socket.write('GET /next HTTP/1.1\r\nHost: x\r\n\r\n');
    await client.closed;
    const [, next] = client.received().split(/(?=HTTP\/1\.1 )/);
    expect(client.received()).toMatch(/streamed/);
    // Node ends the connection after the response under way (the server is closing); if the next
    // request is read before that, the drain answers it 503 with Connection: close.
    if (next !== undefined) {
      expect(next).toMatch(/^HTTP\/1\.1 503/);
      expect(next).toMatch(/connection: close/i);
      expect(next).toMatch(/SERVICE_UNAVAILABLE/);
    }
    expect(await shutdown).toEqual({ cut: 0 });
  });

  it('cuts a request still running at the deadline and resolves', async () => {
    const { server, port } = await startServer();
    current = server;
    const stuck = open(port);
    await stuck.ready;
    stuck.socket.write('POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n1');
    await sleep(100);
    const started = Date.now();
    expect(await server.shutdown(300)).toEqual({ cut: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(3_000);
    await stuck.closed;
    expect(stuck.received()).toBe('');
  });
});

describe('listenOn', () => {
  it('names the setting when its port is taken, and leaves nothing listening', async () => {
    const { server, port } = await startServer();
    current = server;
    const second = createGracefulServer(() => {});
    await expect(listenOn(second, port, 'GATEWAY_PORT')).rejects.toThrow(
      `GATEWAY_PORT=${port}: the port is in use by another process; stop that process or choose another port with GATEWAY_PORT`,
    );
    expect(second.listening).toBe(false);
  });
});
