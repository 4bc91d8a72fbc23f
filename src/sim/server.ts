// One request, start to end: read, record, authenticate, inject faults, find the endpoint, validate the
// parameters against the contract, check the node, run the handler, answer like pve-api-daemon.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { authenticate } from './auth.ts';
import { Reply, type SimContext } from './context.ts';
import { checkParams, findEndpoint } from './contract.ts';
import { parseRequest } from './request.ts';
import { sendData, sendError, sendUnauthorized } from './respond.ts';
import { routeFor } from './router.ts';
import { paramError, SimError } from './sim-error.ts';
import type { SimRequest } from './types.ts';

function checkNode(ctx: SimContext, name: string | undefined): void {
  if (name === undefined) return;
  const node = ctx.state.node(name);
  if (!node) throw new SimError(500, `no such cluster node '${name}'`);
  if (!node.online)
    throw new SimError(595, 'Errors during connection establishment, proxy handshake: No route to host');
}

async function answer(
  ctx: SimContext,
  method: string,
  path: string,
  query: Record<string, string>,
  user: string,
) {
  const fault = ctx.faults.takeRequestFault(method, path);
  if (fault) throw new SimError(fault.status, fault.message);
  const match = findEndpoint(method, path);
  const handler = match && routeFor(method, match.endpoint.path);
  if (!match || !handler) throw new SimError(501, `Method '${method} ${path}' not implemented`);
  const params = { ...query, ...match.pathParams };
  const errors = checkParams(match.endpoint, params);
  if (Object.keys(errors).length > 0) throw paramError(errors);
  checkNode(ctx, params.node);
  return await handler(ctx, { method, path, params, user });
}

async function handle(ctx: SimContext, requests: SimRequest[], req: IncomingMessage, res: ServerResponse) {
  try {
    const { method, path, rawPath, params } = await parseRequest(req);
    requests.push({ method, path: path ?? rawPath, params, at: Date.now() });
    const auth = authenticate(req.headers.authorization, ctx.options.tokenId, ctx.options.tokenSecret);
    if (!auth.ok) return sendUnauthorized(res, auth.reason);
    if (path === undefined) throw new SimError(501, `Method '${method} ${rawPath}' not implemented`);
    const result = await answer(ctx, method, path, params, auth.user);
    if (result instanceof Reply) sendData(res, result.data, result.extra);
    else sendData(res, result);
  } catch (error) {
    const simError =
      error instanceof SimError
        ? error
        : new SimError(500, error instanceof Error ? error.message : String(error));
    if (simError.status === 401) sendUnauthorized(res, simError.message);
    else sendError(res, simError);
  }
}

export function requestListener(ctx: SimContext, requests: SimRequest[]): RequestListener {
  return (req, res) => {
    void handle(ctx, requests, req, res);
  };
}
