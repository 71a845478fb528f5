import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type TcpProxy = {
  port: number;
  /** The local ports of the proxy's connections to the server (PostgreSQL's client_port). */
  upstreamPorts(): number[];
  /** Drops every open connection and refuses new ones until `restore()`: the database "goes away". */
  cut(): void;
  restore(): void;
  /**
   * Stops passing bytes either way, keeping every connection open and taking new ones, until
   * `thaw()`: a server that is frozen (SIGSTOP, a hung host) or a path that drops packets.
   */
  freeze(): void;
  /** Passes on what was held, in order, and carries on. */
  thaw(): void;
  close(): Promise<void>;
};

/**
 * A TCP proxy in this process between the app and PostgreSQL, so a test can take the database
 * away from the app (and only the app) without touching the server others use.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  const upstreams = new Set<Socket>();
  let refusing = false;
  let frozen = false;
  /** What a frozen proxy read, with where it was going. */
  const held: [Socket, Buffer][] = [];
  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      open.add(a);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        open.delete(a);
        b.destroy();
      });
      a.on('data', (chunk: Buffer) => {
        if (frozen) held.push([b, chunk]);
        else b.write(chunk);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    upstreamPorts: () => [...upstreams].flatMap((s) => (s.localPort ? [s.localPort] : [])),
    cut: () => {
      refusing = true;
      for (const socket of open) socket.destroy();
    },
    restore: () => {
      refusing = false;
    },
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const [to, chunk] of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    close: async () => {
      refusing = true;
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
