import type { ApiRequestable, Proxmox } from 'proxmox-api';

const API_ROOT = '/api2/json';
const OWN_KEYS = new Set(['toString', 'valueOf', 'toLocaleString']);

/**
 * proxmox-api's typed tree (`api.nodes.$(node).qemu.$(vmid).config.$get()`) over a request function,
 * built the way the library builds it. Only its types are imported: its own HTTP engine (undici, some
 * 25 MB of memory per process) is never loaded, because ATLAS's transport replaces it.
 */
export function apiTree(requestable: ApiRequestable): Proxmox.Api {
  return treeNode(requestable, API_ROOT, API_ROOT) as Proxmox.Api;
}

function treeNode(engine: ApiRequestable, path: string, model: string): object {
  const target = { toString: () => `ProxyApi{path:${path}}` };
  return new Proxy(target, {
    get(self, key) {
      if (typeof key === 'symbol' || OWN_KEYS.has(key)) return Reflect.get(self, key);
      return step(engine, path, model, key);
    },
  });
}

/** `$(id)` descends by a value, `$get()` and friends call, any other name descends by that name. */
function step(engine: ApiRequestable, path: string, model: string, key: string): unknown {
  if (key === '$') {
    return (id: string | number) =>
      treeNode(engine, `${path}/${String(id).replace(/\//g, '%2F')}`, `${model}/*`);
  }
  if (key.startsWith('$')) {
    const method = key.slice(1);
    return (params?: Record<string, unknown>) => engine.doRequest(method, path, model, params);
  }
  const name = key.startsWith('_') ? key.slice(1) : key;
  return treeNode(engine, `${path}/${name}`, `${model}/${name}`);
}
