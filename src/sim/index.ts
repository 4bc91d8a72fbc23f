// The Proxmox VE simulator: an HTTP(S) server that answers the PVE API endpoints ATLAS uses the way a
// real cluster does (envelope, content type, status codes, UPID tasks, locks, guest agent), for tests
// and the zero-configuration demo.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SimContext } from './context.ts';
import { SimFaults } from './faults.ts';
import { VmLocks } from './locks.ts';
import { DEFAULT_NODES, DEFAULT_TEMPLATES, resolveOptions } from './options.ts';
import { requestListener } from './server.ts';
import { SimState } from './state.ts';
import { TaskRunner } from './tasks.ts';
import type { SimOptions, SimRequest } from './types.ts';

export type { ContractEndpoint, ContractParam } from './contract.ts';
export { checkRequest, contract, findEndpoint } from './contract.ts';
export type { LockFault, RequestFault, SlowTask, TaskFault } from './faults.ts';
export { SimFaults } from './faults.ts';
export { DEFAULT_TOKEN_ID, DEFAULT_TOKEN_SECRET } from './options.ts';
export { SimState } from './state.ts';
export type * from './types.ts';
export { parseUpid } from './upid.ts';

export interface Simulator {
  /** e.g. `http://127.0.0.1:41234` (no path; the API is under /api2/json). */
  url: string;
  tokenId: string;
  tokenSecret: string;
  state: SimState;
  faults: SimFaults;
  requests: readonly SimRequest[];
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function startSimulator(options: SimOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const state = new SimState(options.sharedStorage);
  for (const node of options.nodes ?? DEFAULT_NODES) state.addNode(node);
  for (const template of options.templates ?? DEFAULT_TEMPLATES) state.addTemplate(template);
  const faults = new SimFaults();
  const locks = new VmLocks(faults, resolved.lockWaitMs);
  const lifetime = new AbortController();
  const tasks = new TaskRunner(state, faults, locks, { taskMs: resolved.taskMs, signal: lifetime.signal });
  const ctx: SimContext = { state, tasks, locks, faults, options: resolved };
  const requests: SimRequest[] = [];
  const listener = requestListener(ctx, requests);
  const server = resolved.tls ? createHttpsServer(resolved.tls, listener) : createHttpServer(listener);
  await listen(server, resolved.port, resolved.host);
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `${resolved.tls ? 'https' : 'http'}://${host}:${port}`,
    tokenId: resolved.tokenId,
    tokenSecret: resolved.tokenSecret,
    state,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        lifetime.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
