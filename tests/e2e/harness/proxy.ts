import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy that records every request a browser sends through it. */
export interface RecordingProxy {
  /** `127.0.0.1:<port>`, for browser proxy settings. */
  hostPort: string;
  port: number;
  /** Absolute URLs of plain HTTP requests and `CONNECT host:port` of tunnels, in order. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy that lets through only requests to `allowedOrigin` (the
 * fixture server) and answers everything else with 502 without connecting
 * anywhere; tunnels (HTTPS, WebSocket over TLS) are refused. With the browser
 * told to send all traffic (loopback included) through it, it sees requests
 * from every context: pages, extension pages, background scripts.
 */
export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const allowed = new URL(allowedOrigin);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    let target: URL | undefined;
    try {
      target = new URL(url);
    } catch {
      target = undefined;
    }
    if (!target || target.origin !== allowed.origin) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(
      {
        host: allowed.hostname,
        port: allowed.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    hostPort: `127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
