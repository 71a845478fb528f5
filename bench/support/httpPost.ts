import http from 'node:http';

// node:http on a keep-alive agent costs the bench's own process about a quarter of the CPU that
// fetch does per request (ADR 050), and every bench shares the machine's two cores with the server
// it measures: the lighter the client, the more of a figure is the server's.

/** A keep-alive agent holding up to `maxSockets` connections (one per concurrent client). */
export function keepAliveAgent(maxSockets: number): http.Agent {
  // Free sockets closed after 4 s, before the server closes them at 5 s (Node's default
  // keepAliveTimeout): a request sent on a socket as the server closes it fails with ECONNRESET.
  return new http.Agent({ keepAlive: true, maxSockets, timeout: 4_000 });
}

/** For benches that send one request at a time. */
const oneAtATime = keepAliveAgent(1);

/** POSTs `payload` as JSON with a bearer token; resolves with the status and the parsed body. */
export function postJson(
  url: string,
  token: string,
  payload: unknown,
  agent: http.Agent = oneAtATime,
): Promise<{ status: number; body: unknown }> {
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}
