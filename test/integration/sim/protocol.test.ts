import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRequest, type Simulator, startSimulator } from '../../../src/sim/index.ts';
import { call, data, tokenHeader } from './sim-api.ts';

describe('simulator wire protocol', () => {
  let sim: Simulator;

  beforeEach(async () => {
    sim = await startSimulator();
  });

  afterEach(async () => {
    await sim.close();
  });

  it('answers in the PVE envelope with the exact content type', async () => {
    const answer = await call(sim, 'GET', '/version');

    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json;charset=UTF-8');
    expect(answer.body).toEqual({ data: { version: '9.1.3', release: '9.1', repoid: expect.any(String) } });
  });

  it('lists nodes and cluster resources with loose PVE typing', async () => {
    const nodes = (await data(sim, 'GET', '/nodes')) as Record<string, unknown>[];
    const vms = (await data(sim, 'GET', '/cluster/resources', { type: 'vm' })) as Record<string, unknown>[];
    const nextid = await data(sim, 'GET', '/cluster/nextid');

    expect(nodes.map((n) => n.node)).toEqual(['pve1', 'pve2', 'pve3']);
    expect(nodes[0]).toMatchObject({
      status: 'online',
      maxcpu: 16,
      maxmem: 64 * 1024 ** 3,
      cpu: expect.any(Number),
    });
    expect(vms.map((vm) => [vm.vmid, vm.name, vm.template, vm.type])).toEqual([
      [9000, 'ubuntu-24.04', 1, 'qemu'],
      [9001, 'debian-12', 1, 'qemu'],
    ]);
    expect(nextid).toBe('100');
  });

  it('answers 401 with the reason in the status line and no body', async () => {
    const missing = await call(sim, 'GET', '/version', {}, '');
    const wrong = await call(
      sim,
      'GET',
      '/version',
      {},
      `PVEAPIToken=${sim.tokenId}=00000000-0000-0000-0000-000000000000`,
    );

    expect([missing.status, missing.statusText, missing.text, missing.contentType]).toEqual([
      401,
      'No ticket',
      '',
      null,
    ]);
    expect([wrong.status, wrong.statusText, wrong.text]).toEqual([401, 'invalid token value!', '']);
  });

  it('answers 400 with per-parameter errors for invalid parameters', async () => {
    const answer = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 'abc', bogus: 1 });
    const badVmid = await call(sim, 'GET', '/nodes/pve1/qemu/42/config');

    expect(answer.status).toBe(400);
    expect(answer.statusText).toBe('Parameter verification failed.');
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toEqual({
      newid: "type check ('integer') failed - got 'abc'",
      bogus: 'property is not defined in schema and the schema does not allow additional properties',
    });
    expect(badVmid.body.errors).toEqual({ vmid: 'value must have a minimum value of 100' });
  });

  it('answers 400 when a required parameter is missing or a node name is malformed', async () => {
    const missing = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', {});
    const badNode = await call(sim, 'GET', '/nodes/bad_node!/qemu');

    expect(missing.body.errors).toEqual({ newid: 'property is missing and it is not optional' });
    expect(badNode.body.errors).toEqual({ node: 'value does not look like a valid node name' });
  });

  it('takes parameters from a JSON body too', async () => {
    const res = await fetch(`${sim.url}/api2/json/nodes/pve1/qemu/9001/config`, {
      method: 'PUT',
      headers: { Authorization: tokenHeader(sim), 'Content-Type': 'application/json' },
      body: JSON.stringify({ cores: 3, onboot: true }),
    });

    expect(res.status).toBe(200);
    expect(sim.state.vm(9001)?.config).toMatchObject({ cores: 3, onboot: 1 });
    expect(sim.requests.at(-1)?.params).toEqual({ cores: '3', onboot: '1' });
  });

  it('answers 501 for unknown paths and methods', async () => {
    const path = await call(sim, 'GET', '/foo');
    const method = await call(sim, 'PATCH', '/nodes');

    expect([path.status, path.statusText]).toEqual([501, "Method 'GET /foo' not implemented"]);
    expect([method.status, method.statusText]).toEqual([501, "Method 'PATCH /nodes' not implemented"]);
  });

  it('answers 500 with the message as reason and in the body for runtime errors', async () => {
    const answer = await call(sim, 'GET', '/nodes/pve2/qemu/9000/config');

    expect(answer.status).toBe(500);
    expect(answer.statusText).toBe("Configuration file 'nodes/pve2/qemu-server/9000.conf' does not exist");
    expect(answer.body).toEqual({ data: null, message: `${answer.statusText}\n` });
  });

  it('answers 400 for a VMID that is taken and returns a free one as text', async () => {
    const taken = await call(sim, 'GET', '/cluster/nextid', { vmid: 9000 });
    const free = await data(sim, 'GET', '/cluster/nextid', { vmid: 150 });

    expect(taken.body.errors).toEqual({ vmid: 'VM 9000 already exists' });
    expect(free).toBe('150');
  });

  it('answers 595 for a node that is offline', async () => {
    sim.state.setNodeOnline('pve2', false);

    const answer = await call(sim, 'GET', '/nodes/pve2/qemu');
    const nodes = (await data(sim, 'GET', '/nodes')) as Record<string, unknown>[];

    expect(answer.status).toBe(595);
    expect(nodes.find((n) => n.node === 'pve2')).toEqual({
      id: 'node/pve2',
      type: 'node',
      node: 'pve2',
      status: 'offline',
    });
  });

  it('records every request, and valid ones pass the contract check', async () => {
    await call(sim, 'GET', '/cluster/resources', { type: 'vm' });
    await call(sim, 'GET', '/nodes/pve1/storage', { content: 'images' });

    expect(sim.requests.map((r) => [r.method, r.path, r.params])).toEqual([
      ['GET', '/cluster/resources', { type: 'vm' }],
      ['GET', '/nodes/pve1/storage', { content: 'images' }],
    ]);
    expect(sim.requests.flatMap((r) => checkRequest(r.method, r.path, r.params))).toEqual([]);
  });

  it('lists storage and bridges of a node', async () => {
    const storage = (await data(sim, 'GET', '/nodes/pve1/storage', { content: 'images' })) as Record<
      string,
      unknown
    >[];
    const bridges = (await data(sim, 'GET', '/nodes/pve1/network', { type: 'bridge' })) as Record<
      string,
      unknown
    >[];

    expect(storage).toEqual([
      expect.objectContaining({
        storage: 'local-lvm',
        type: 'lvmthin',
        content: 'images,rootdir',
        active: 1,
        enabled: 1,
        total: 500 * 1024 ** 3,
      }),
    ]);
    expect(storage[0]?.used).toBe(30 * 1024 ** 3);
    expect(bridges).toEqual([expect.objectContaining({ iface: 'vmbr0', type: 'bridge', active: 1 })]);
  });
});
