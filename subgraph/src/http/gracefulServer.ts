import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';

export type ShutdownResult = {
  /** Requests still running at the deadline, whose connections were cut. */
  cut: number;
};

export type GracefulServer = Server & {
  /**
   * Stops accepting connections, closes idle keep-alive connections, answers requests that arrive
   * on open connections from now on with 503 and `Connection: close`, lets the requests in flight
   * finish (their responses carry `Connection: close`), and at `deadlineMs` cuts what is left.
   * Resolves when every connection is closed. Idempotent.
   */
  shutdown(deadlineMs: number): Promise<ShutdownResult>;
  readonly draining: boolean;
};

/** A node:http server with the drain every service of the project uses on SIGTERM (ADR 017). */
export function createGracefulServer(handler: RequestListener): GracefulServer {
  const inFlight = new Set<ServerResponse>();
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
      if (!draining) return;
      // The connection this response kept alive is idle now: close it.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight.size === 0) onIdle?.();
    });
    handler(request, response);
  });

  const run = async (deadlineMs: number): Promise<ShutdownResult> => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    let cut = 0;
    if (inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        new Promise<true>((resolve) => (onIdle = () => resolve(true))),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs))),
      ]);
      clearTimeout(timer);
      if (!finished) cut = inFlight.size;
    }
    server.closeAllConnections();
    await closed;
    return { cut };
  };

  Object.defineProperty(server, 'draining', { get: () => draining });
  return Object.assign(server as Server & { readonly draining: boolean }, {
    shutdown: (deadlineMs: number) => (shutdown ??= run(deadlineMs)),
  });
}
