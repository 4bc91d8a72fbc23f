import type { NodeInfo, TemplateInfo, VmInfo, VmStatus } from '../domain/inventory.ts';
import type { Inventory } from '../ports/inventory.ts';
import type { ProxmoxApi } from './client.ts';
import { pickGuestIp } from './guest-ip.ts';
import { pickBridge, pickStorage } from './placement.ts';
import { ProxmoxError } from './proxmox-error.ts';
import {
  AgentInterfaces,
  looseNumber,
  NetworkEntry,
  NodeEntry,
  parseAnswer,
  parseTags,
  StorageEntry,
  VmConfig,
  VmResource,
} from './pve-schemas.ts';

const BRIDGE_TYPES = new Set(['bridge', 'OVSBridge']);
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** The read side of Proxmox: what the core shows people and what the engine plans with. */
export class ProxmoxInventory implements Inventory {
  readonly #api: ProxmoxApi;

  constructor(api: ProxmoxApi) {
    this.#api = api;
  }

  async nodes(): Promise<NodeInfo[]> {
    const rows = parseAnswer(NodeEntry.array(), await this.#api.nodes.$get(), 'the node list');
    return rows.map(toNodeInfo).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every guest (VMs, templates, containers): what holds a VMID. */
  async resources(): Promise<VmResource[]> {
    const data = await this.#api.cluster.resources.$get({ type: 'vm' });
    return parseAnswer(VmResource.array(), data, 'the cluster resources');
  }

  async templates(): Promise<TemplateInfo[]> {
    return templatesOf(await this.resources());
  }

  async vms(): Promise<VmInfo[]> {
    return vmsOf(await this.resources());
  }

  /** Templates, VMs and every VMID in use, from one read of the cluster's guests (what a plan needs). */
  async guests(): Promise<{ templates: TemplateInfo[]; vms: VmInfo[]; vmids: number[] }> {
    const rows = await this.resources();
    return { templates: templatesOf(rows), vms: vmsOf(rows), vmids: rows.map((r) => r.vmid) };
  }

  async vm(name: string): Promise<VmInfo | undefined> {
    const found = (await this.vms()).find((v) => v.name === name);
    if (found?.status !== 'running') return found;
    const ip = await this.guestIp(found.node, found.vmid);
    return ip === undefined ? found : { ...found, ip };
  }

  /** The first non-loopback IPv4 the guest agent reports; undefined while the agent is not up. */
  async guestIp(node: string, vmid: number): Promise<string | undefined> {
    try {
      const data = await this.#api.nodes.$(node).qemu.$(vmid).agent['network-get-interfaces'].$get();
      return pickGuestIp(parseAnswer(AgentInterfaces, data, `the guest agent interfaces of VM ${vmid}`));
    } catch (error) {
      if (error instanceof ProxmoxError && error.status === 500) return undefined;
      throw error;
    }
  }

  async storages(node: string): Promise<StorageEntry[]> {
    const data = await this.#api.nodes.$(node).storage.$get({ content: 'images' });
    return parseAnswer(StorageEntry.array(), data, `the storages of node ${node}`);
  }

  async storageFor(node: string): Promise<string | undefined> {
    return pickStorage(await this.storages(node))?.storage;
  }

  async bridges(node: string): Promise<string[]> {
    const data = await this.#api.nodes.$(node).network.$get();
    const rows = parseAnswer(NetworkEntry.array(), data, `the networks of node ${node}`);
    return rows.filter((r) => BRIDGE_TYPES.has(r.type ?? '') && r.active !== false).map((r) => r.iface);
  }

  async bridgeFor(node: string): Promise<string | undefined> {
    return pickBridge(await this.bridges(node));
  }

  /** What `/cluster/nextid` suggests. It reserves nothing: see VmidAllocator. */
  async nextId(): Promise<number> {
    return parseAnswer(looseNumber, await this.#api.cluster.nextid.$get(), 'the next free VMID');
  }

  async vmConfig(node: string, vmid: number): Promise<VmConfig> {
    const data = await this.#api.nodes.$(node).qemu.$(vmid).config.$get();
    return parseAnswer(VmConfig, data, `the config of VM ${vmid}`);
  }
}

function templatesOf(rows: readonly VmResource[]): TemplateInfo[] {
  const templates = rows.filter((r) => isQemu(r) && r.template === true).map(toTemplateInfo);
  return templates.sort((a, b) => a.name.localeCompare(b.name) || a.vmid - b.vmid);
}

function vmsOf(rows: readonly VmResource[]): VmInfo[] {
  const vms = rows.filter((r) => isQemu(r) && r.template !== true).map(toVmInfo);
  return vms.sort((a, b) => a.name.localeCompare(b.name) || a.vmid - b.vmid);
}

function isQemu(row: VmResource): boolean {
  return row.type === undefined || row.type === 'qemu';
}

function toNodeInfo(row: NodeEntry): NodeInfo {
  return {
    name: row.node,
    online: row.status === 'online',
    cpus: row.maxcpu ?? 0,
    cpuLoad: row.cpu ?? 0,
    memoryMiB: Math.floor((row.maxmem ?? 0) / MiB),
    memoryUsedMiB: Math.ceil((row.mem ?? 0) / MiB),
  };
}

function toTemplateInfo(row: VmResource): TemplateInfo {
  const info: TemplateInfo = { name: row.name ?? `vm-${row.vmid}`, vmid: row.vmid, node: row.node };
  return row.maxdisk ? { ...info, diskGiB: Math.ceil(row.maxdisk / GiB) } : info;
}

export function toVmStatus(status: string | undefined): VmStatus {
  return status === 'running' || status === 'stopped' || status === 'paused' ? status : 'unknown';
}

function toVmInfo(row: VmResource): VmInfo {
  return {
    name: row.name ?? `vm-${row.vmid}`,
    vmid: row.vmid,
    node: row.node,
    status: toVmStatus(row.status),
    tags: parseTags(row.tags),
    ...(row.maxcpu === undefined ? {} : { cores: row.maxcpu }),
    ...(row.maxmem === undefined ? {} : { memoryMiB: Math.round(row.maxmem / MiB) }),
    ...(row.uptime === undefined ? {} : { uptimeSeconds: row.uptime }),
  };
}
