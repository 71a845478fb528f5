import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/**
 * How long a drain keeps idle keep-alive connections open once no request is in flight, so that a
 * client about to send on one gets the 503 (and closes it) instead of a reset.
 */
export const IDLE_GRACE_MS = 500;

export type ShutdownResult = {
  /** Requests still running at the deadline, whose connections were cut. */
  cut: number;
};

export type GracefulServer = Server & {
  /**
   * Stops accepting connections, answers requests that arrive on open connections from now on
   * with 503 and `Connection: close`, lets the requests in flight finish (their responses carry
   * `Connection: close`), then closes the connections left idle (after up to `IDLE_GRACE_MS`, in
   * which a client sending on one gets the 503), and at `deadlineMs` cuts what is left. Resolves
   * when every connection is closed. Idempotent.
   */
  shutdown(deadlineMs: number): Promise<ShutdownResult>;
  readonly draining: boolean;
};

/** A node:http server with the drain every service of the project uses on SIGTERM (ADR 017). */
export function createGracefulServer(handler: RequestListener): GracefulServer {
  const inFlight = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let draining = false;
  let shutdown: Promise<ShutdownResult> | undefined;
  let onIdle: (() => void) | undefined;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (draining) {
      response.writeHead(503, {
        'content-type': 'application/json',
        connection: 'close',
        'retry-after': '1',
      });
      response.end(
        JSON.stringify({
          errors: [
            {
              message: 'The server is shutting down; retry the request',
              extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
            },
          ],
        }),
      );
      return;
    }
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (draining && inFlight.size === 0) onIdle?.();
    });
    handler(request, response);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (draining && sockets.size === 0) onIdle?.();
    });
  });

  /** Resolves true when `done()` holds (checked at each request or connection end), false at `ms`. */
  const until = async (done: () => boolean, ms: number): Promise<boolean> => {
    if (done()) return true;
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      new Promise<true>((resolve) => (onIdle = () => done() && resolve(true))),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
    clearTimeout(timer);
    onIdle = undefined;
    return result;
  };

  const run = async (deadlineMs: number): Promise<ShutdownResult> => {
    const deadline = Date.now() + deadlineMs;
    draining = true;
    // The listener only: node:http's own close() would also close the idle keep-alive connections
    // at once, and a client that had just sent a request on one would see a reset, not knowing
    // whether its write was applied. Those connections stay until the drain ends; a request on one
    // is answered 503 with `Connection: close` (above).
    const closed = new Promise<void>((resolve) =>
      NetServer.prototype.close.call(server, () => resolve()),
    );
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    const finished = await until(() => inFlight.size === 0, deadlineMs);
    const cut = finished ? 0 : inFlight.size;
    if (finished)
      await until(
        () => sockets.size === 0,
        Math.min(IDLE_GRACE_MS, Math.max(0, deadline - Date.now())),
      );
    server.closeAllConnections();
    await closed;
    return { cut };
  };

  Object.defineProperty(server, 'draining', { get: () => draining });
  return Object.assign(server as Server & { readonly draining: boolean }, {
    shutdown: (deadlineMs: number) => (shutdown ??= run(deadlineMs)),
  });
}

/**
 * `server.listen(port)`, resolved once it listens; a port that cannot be taken is an error naming
 * the setting that chose it (`setting`) and what to do, not an unhandled 'error' event.
 */
export function listenOn(server: Server, port: number, setting: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'is in use by another process'
          : error.code === 'EACCES'
            ? 'needs privileges this process lacks'
            : `cannot be listened on (${error.code ?? error.message})`;
      reject(
        new Error(
          `${setting}=${port}: the port ${why}; stop that process or choose another port with ${setting}`,
          {
            cause: error,
          },
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
