import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../ports/logger.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpEndpointOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Throws when a dependency the process needs is unreachable. */
  ready(): Promise<void>;
  metrics(): Promise<{ contentType: string; body: string }>;
  /** More paths served on the same port, e.g. `/slack/events` by the Slack adapter. */
  routes?: ReadonlyMap<string, RouteHandler>;
}

/** `/healthz` (the process runs), `/readyz` (Redis, the database and Proxmox answer), `/metrics` (Prometheus). */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const route = options.routes?.get(path);
    if (route) return route(req, res);
    if (path === '/healthz') return send(200, 'ok\n');
    if (path === '/readyz') {
      options.ready().then(
        () => send(200, 'ready\n'),
        (error: unknown) => send(503, `not ready: ${(error as Error).message}\n`),
      );
      return;
    }
    if (path === '/metrics') {
      options.metrics().then(
        ({ contentType, body }) => send(200, body, contentType),
        () => send(500, 'metrics unavailable\n'),
      );
      return;
    }
    send(404, 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  options.logger.info({ port: options.port }, 'HTTP endpoint listening (/healthz, /readyz, /metrics)');
  return server;
}
