import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ROUTER_SECRET_HEADER } from '../subgraph/src/http/createHttpServer';
import { REQUEST_ID_HEADER } from '../subgraph/src/http/logger';

const PASSED_BACK = [
  'content-type',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'allow',
];

/**
 * Forwards GET /export/* to the sales subgraph (ADR 037) as the gateway forwards GraphQL: the
 * caller's authorization and request id, plus the router secret. The CSV streams through
 * unbuffered; a client that goes away ends the subgraph's request, which ends its reading.
 */
export async function proxyExport(
  target: string,
  routerSecret: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const headers: Record<string, string> = {};
  const { authorization } = request.headers;
  if (authorization) headers.authorization = authorization;
  const requestId = request.headers[REQUEST_ID_HEADER];
  if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = requestId;
  if (routerSecret) headers[ROUTER_SECRET_HEADER] = routerSecret;
  const upstream = httpRequest(new URL(request.url ?? '/', target), {
    method: request.method,
    headers,
  });
  request.once('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  const answer = await new Promise<IncomingMessage>((resolve, reject) => {
    upstream.once('response', resolve);
    upstream.once('error', reject);
    upstream.end();
  });
  for (const name of PASSED_BACK) {
    const value = answer.headers[name];
    if (value !== undefined) response.setHeader(name, value);
  }
  response.writeHead(answer.statusCode ?? 502);
  // A subgraph that cuts the stream (a failure mid-export) cuts the client's too.
  await pipeline(answer, response).catch(() => response.destroy());
}
