// A thin PVE API caller for the simulator's tests: form-encoded bodies, token header, raw answers.
import type { Simulator } from '../../../src/sim/index.ts';

export interface Answer {
  status: number;
  statusText: string;
  contentType: string | null;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely typed PVE answers
  body: any;
}

export type Params = Record<string, string | number>;

export function tokenHeader(sim: Simulator): string {
  return `PVEAPIToken=${sim.tokenId}=${sim.tokenSecret}`;
}

export async function call(
  sim: Simulator,
  method: string,
  path: string,
  params: Params = {},
  auth = tokenHeader(sim),
): Promise<Answer> {
  const form = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const inQuery = method === 'GET' || method === 'DELETE';
  const query = inQuery && form.size > 0 ? `?${form}` : '';
  const headers: Record<string, string> = auth === '' ? {} : { Authorization: auth };
  if (!inQuery) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const res = await fetch(`${sim.url}/api2/json${path}${query}`, {
    method,
    headers,
    body: inQuery ? undefined : form.toString(),
  });
  const text = await res.text();
  return {
    status: res.status,
    statusText: res.statusText,
    contentType: res.headers.get('content-type'),
    text,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** The data of a 200 answer; fails the test with the PVE message otherwise. */
export async function data(
  sim: Simulator,
  method: string,
  path: string,
  params: Params = {},
): Promise<unknown> {
  const answer = await call(sim, method, path, params);
  if (answer.status !== 200) throw new Error(`${method} ${path}: ${answer.status} ${answer.statusText}`);
  return answer.body.data;
}

/** Polls a task until it stops; returns its final status. */
export async function waitTask(
  sim: Simulator,
  upid: string,
  timeoutMs = 5_000,
): Promise<{ exitstatus: string; type: string }> {
  const node = upid.split(':')[1] ?? '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = (await data(sim, 'GET', `/nodes/${node}/tasks/${encodeURIComponent(upid)}/status`)) as {
      status: string;
      exitstatus: string;
      type: string;
    };
    if (status.status === 'stopped') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`task ${upid} still running after ${timeoutMs} ms`);
}

/** Starts a task and waits for it: returns its exitstatus. */
export async function runTask(
  sim: Simulator,
  method: string,
  path: string,
  params: Params = {},
): Promise<string> {
  const upid = (await data(sim, method, path, params)) as string;
  return (await waitTask(sim, upid)).exitstatus;
}
