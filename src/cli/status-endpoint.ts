import type { Server } from 'node:http';
import type { Logger } from '../ports/logger.ts';
import { type RouteHandler, startHttpEndpoint } from './http-endpoint.ts';
import type { Runtime } from './runtime.ts';

/** /healthz, /readyz and /metrics of one process on ATLAS_HTTP_PORT, plus any adapter routes. */
export function startStatusEndpoint(
  runtime: Runtime,
  logger: Logger,
  routes?: ReadonlyMap<string, RouteHandler>,
): Promise<Server> {
  return startHttpEndpoint({
    port: runtime.options.config.httpPort,
    logger,
    ...(routes ? { routes } : {}),
    ready: async () => {
      await runtime.redis.ping();
      await runtime.sql.query('SELECT 1');
      await runtime.deps.inventory.nodes();
    },
    metrics: async () => ({
      contentType: runtime.metrics.contentType,
      body: await runtime.metrics.metricsText(),
    }),
  });
}
