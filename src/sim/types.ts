// The simulator's public types: options, seeds, and the state a test can inspect or change.

export interface SimNodeSeed {
  name: string;
  cpus: number;
  memoryMiB: number;
  /** The VM storage of the node; default `local-lvm` (lvmthin, local to the node). */
  storage?: string;
  /** Size of the VM storage; default 500. */
  storageGiB?: number;
  /** The VM bridge of the node; default `vmbr0`. */
  bridge?: string;
}

export interface SimTemplateSeed {
  name: string;
  vmid: number;
  node: string;
  diskGiB: number;
  /** PVE ostype; default `l26`. */
  ostype?: string;
}

/** A VM put straight into the state (for tests): no task, no lock. */
export interface SimVmSeed {
  vmid: number;
  node: string;
  name: string;
  cores?: number;
  memoryMiB?: number;
  diskGiB?: number;
  status?: 'running' | 'stopped';
  tags?: string[];
  template?: boolean;
}

export interface SimOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** HTTPS when given, else HTTP. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Default `atlas@pve!atlas`. */
  tokenId?: string;
  /** Default a fixed lowercase UUID (see DEFAULT_TOKEN_SECRET). */
  tokenSecret?: string;
  /** Default: pve1, pve2, pve3 (various sizes). */
  nodes?: SimNodeSeed[];
  /** Default: ubuntu-24.04 (vmid 9000) and debian-12 (9001), on pve1. */
  templates?: SimTemplateSeed[];
  /** How long each UPID task runs; default 50; 0 = finishes on the next tick. */
  taskMs?: number;
  /** After a start, how long until the guest agent answers with an IP; default 100. */
  agentIpDelayMs?: number;
  /**
   * The IPv4 address every guest agent reports for its network interface, instead of a lease from
   * 10.0.0.0/16 or the static `ipconfig0` address: `127.0.0.1` lets tests reach a local SSH server.
   */
  guestIp?: string;
  /** How long a request waits for a VM's config lock before `got timeout`; default 200. */
  lockWaitMs?: number;
  /** Default 100. */
  firstVmid?: number;
  /**
   * A VM storage shared by all nodes (e.g. `ceph-vm`): templates live on it, so clones may target any
   * node. Default none: every disk is on its node's local storage, and a clone to another node fails
   * like on a real cluster (`can't clone VM to node 'pve2' (VM uses local storage)`).
   */
  sharedStorage?: string;
}

/** A VM config as PVE keeps it: `name`, `cores`, `memory`, `scsi0`, `net0`, `tags` (`a;b`), `lock`... */
export type SimConfig = Record<string, string | number>;

export interface SimVm {
  vmid: number;
  node: string;
  status: 'running' | 'stopped';
  config: SimConfig;
  /** Epoch ms of the last start. */
  startedAt?: number;
  /** Epoch ms from which the guest agent answers. */
  agentReadyAt?: number;
  /** The address the guest agent reports once it answers. */
  ip?: string;
  /** The resource pool, when the VM was cloned into one. */
  pool?: string;
}

export interface SimNode {
  name: string;
  cpus: number;
  memoryMiB: number;
  storage: string;
  storageGiB: number;
  bridge: string;
  online: boolean;
}

export type SimTaskType =
  | 'qmclone'
  | 'qmstart'
  | 'qmstop'
  | 'qmshutdown'
  | 'qmreboot'
  | 'qmdestroy'
  | 'qmconfig'
  | 'resize'
  | 'qmigrate';

export interface SimTask {
  upid: string;
  node: string;
  type: SimTaskType;
  /** The VMID the task is about, as text (for a clone: the source). */
  id: string;
  user: string;
  pid: number;
  pstart: number;
  /** Epoch seconds. */
  starttime: number;
  status: 'running' | 'stopped';
  /** `OK` or the error text, once stopped. */
  exitstatus?: string;
  endtime?: number;
  log: string[];
}

/** One request as the simulator received it. `path` has no `/api2/json`; `params` are query + body. */
export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  /** Epoch ms. */
  at: number;
}
