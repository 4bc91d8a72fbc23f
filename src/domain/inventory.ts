/** The read side of Proxmox, as the core sees it. */
export interface NodeInfo {
  name: string;
  online: boolean;
  cpus: number;
  /** 0..1 */
  cpuLoad: number;
  memoryMiB: number;
  memoryUsedMiB: number;
}

export interface TemplateInfo {
  name: string;
  vmid: number;
  node: string;
  diskGiB?: number;
}

export type VmStatus = 'running' | 'stopped' | 'paused' | 'unknown';

export interface VmInfo {
  name: string;
  vmid: number;
  node: string;
  status: VmStatus;
  tags: string[];
  cores?: number;
  memoryMiB?: number;
  uptimeSeconds?: number;
  ip?: string;
}
