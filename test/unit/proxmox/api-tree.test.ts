import { describe, expect, it } from 'vitest';
import { apiTree } from '../../../src/proxmox/api-tree.ts';

/** A request function that records what the tree asks for and answers `ok`. */
function recorder() {
  const calls: unknown[][] = [];
  const api = apiTree({
    doRequest: async (method: string, path: string, template: string, params?: object) => {
      calls.push([method, path, template, params]);
      return 'ok';
    },
  });
  return { api, calls };
}

describe('apiTree', () => {
  it('turns a path of names and values into one request with the method and parameters', async () => {
    const { api, calls } = recorder();

    const answer = await api.nodes.$('pve1').qemu.$(101).config.$put({ cores: 4 });

    expect(answer).toBe('ok');
    expect(calls).toEqual([
      ['put', '/api2/json/nodes/pve1/qemu/101/config', '/api2/json/nodes/*/qemu/*/config', { cores: 4 }],
    ]);
  });

  it('escapes slashes in values and drops the underscore that marks reserved names', async () => {
    const { api, calls } = recorder();

    const loose = api as unknown as Record<string, Record<string, { $get(): Promise<unknown> }>>;

    await api.nodes.$('pve1').storage.$('local/x').content.$get();
    await loose.cluster?._delete?.$get();

    expect(calls.map((call) => call[1])).toEqual([
      '/api2/json/nodes/pve1/storage/local%2Fx/content',
      '/api2/json/cluster/delete',
    ]);
  });

  it('sends nothing until a method is called, and says where it is when printed', () => {
    const { api, calls } = recorder();

    const node = api.nodes.$('pve2').qemu;

    expect(String(node)).toBe('ProxyApi{path:/api2/json/nodes/pve2/qemu}');
    expect(calls).toEqual([]);
  });
});
