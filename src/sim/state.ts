// The simulated cluster: nodes, VMs (with their PVE configs) and tasks. Handlers change it; tests may
// inspect it and seed or change it directly (no task, no lock).
import type { SimConfig, SimNode, SimNodeSeed, SimTask, SimTemplateSeed, SimVm, SimVmSeed } from './types.ts';
import { seededConfig, templateConfig } from './vm-build.ts';

export class SimState {
  readonly #nodes = new Map<string, SimNode>();
  readonly #vms = new Map<number, SimVm>();
  readonly #tasks = new Map<string, SimTask>();
  readonly #leases = new Map<number, string>();
  readonly startedAt = Date.now();
  /** The cluster's shared VM storage, if it has one (templates live there; clones may go to any node). */
  readonly sharedStorage: { name: string; sizeGiB: number } | undefined;

  constructor(sharedStorage?: string) {
    this.sharedStorage = sharedStorage === undefined ? undefined : { name: sharedStorage, sizeGiB: 2000 };
  }

  nodes(): SimNode[] {
    return [...this.#nodes.values()];
  }

  node(name: string): SimNode | undefined {
    return this.#nodes.get(name);
  }

  vms(): SimVm[] {
    return [...this.#vms.values()].sort((a, b) => a.vmid - b.vmid);
  }

  vm(vmid: number): SimVm | undefined {
    return this.#vms.get(vmid);
  }

  /** The VM with this name (first by VMID), templates included. */
  vmByName(name: string): SimVm | undefined {
    return this.vms().find((vm) => vm.config.name === name);
  }

  tasks(): SimTask[] {
    return [...this.#tasks.values()];
  }

  task(upid: string): SimTask | undefined {
    return this.#tasks.get(upid);
  }

  addNode(seed: SimNodeSeed): SimNode {
    const node: SimNode = {
      name: seed.name,
      cpus: seed.cpus,
      memoryMiB: seed.memoryMiB,
      storage: seed.storage ?? 'local-lvm',
      storageGiB: seed.storageGiB ?? 500,
      bridge: seed.bridge ?? 'vmbr0',
      online: true,
    };
    this.#nodes.set(node.name, node);
    return node;
  }

  /** An offline node answers 595 to requests proxied to it and shows `offline` in lists. */
  setNodeOnline(name: string, online: boolean): void {
    const node = this.#requireNode(name);
    node.online = online;
  }

  /** A template; its disk is on the shared storage when the cluster has one, else on its node's. */
  addTemplate(seed: SimTemplateSeed): SimVm {
    const node = this.#requireNode(seed.node);
    const config = templateConfig(seed, node, this.sharedStorage?.name ?? node.storage);
    return this.putVm({ vmid: seed.vmid, node: seed.node, status: 'stopped', config });
  }

  addVm(seed: SimVmSeed): SimVm {
    const vm = this.putVm({
      vmid: seed.vmid,
      node: seed.node,
      status: 'stopped',
      config: seededConfig(seed, this.#requireNode(seed.node)),
    });
    if (seed.status === 'running') this.markRunning(vm, 0);
    return vm;
  }

  putVm(vm: SimVm): SimVm {
    this.#vms.set(vm.vmid, vm);
    return vm;
  }

  removeVm(vmid: number): void {
    this.#vms.delete(vmid);
  }

  addTask(task: SimTask): void {
    this.#tasks.set(task.upid, task);
  }

  markRunning(vm: SimVm, agentIpDelayMs: number): void {
    vm.status = 'running';
    vm.startedAt = Date.now();
    vm.agentReadyAt = vm.startedAt + agentIpDelayMs;
    vm.ip = staticIp(vm.config) ?? this.#lease(vm.vmid);
  }

  markStopped(vm: SimVm): void {
    vm.status = 'stopped';
    delete vm.startedAt;
    delete vm.agentReadyAt;
    delete vm.ip;
  }

  /** A DHCP-like lease from 10.0.0.0/16, kept per VMID. */
  #lease(vmid: number): string {
    const known = this.#leases.get(vmid);
    if (known !== undefined) return known;
    const n = this.#leases.size + 10;
    const ip = `10.0.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
    this.#leases.set(vmid, ip);
    return ip;
  }

  #requireNode(name: string): SimNode {
    const node = this.#nodes.get(name);
    if (!node) throw new Error(`simulator state: no node '${name}' (add it with addNode first)`);
    return node;
  }
}

/** The static address of `ipconfig0` (`ip=10.1.2.3/24,gw=...`), if it has one. */
function staticIp(config: SimConfig): string | undefined {
  return /(?:^|,)ip=([\d.]+)\//.exec(String(config.ipconfig0 ?? ''))?.[1];
}
