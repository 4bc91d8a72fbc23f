import type { NodeInfo, TemplateInfo, VmInfo } from '../domain/inventory.ts';

export interface Inventory {
  nodes(): Promise<NodeInfo[]>;
  templates(): Promise<TemplateInfo[]>;
  vms(): Promise<VmInfo[]>;
  /** One VM by name, with its current status and, when the guest agent knows it, its IP. */
  vm(name: string): Promise<VmInfo | undefined>;
}
