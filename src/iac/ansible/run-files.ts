import { stringify } from 'yaml';
import type { HostEntry } from './host-entries.ts';

export interface RunFileOptions {
  sshPort: number;
  /** How long the first task waits for SSH (and cloud-init) on a VM that has just booted. */
  connectTimeoutMs: number;
}

interface RoleGroup {
  group: string;
  roles: string[];
  hosts: HostEntry[];
}

/** Hosts that run the same roles, in the order they come: one group (and one play) each. */
export function roleGroups(entries: readonly HostEntry[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const entry of entries) {
    const key = entry.roles.join(',');
    const group = groups.get(key) ?? { group: `atlas_${groups.size + 1}`, roles: entry.roles, hosts: [] };
    group.hosts.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The inventory: host names are VM names, addresses and login as host variables. YAML, built as data. */
export function inventoryYaml(entries: readonly HostEntry[], options: RunFileOptions): string {
  const children: Record<string, unknown> = {};
  for (const { group, hosts } of roleGroups(entries)) {
    const vars = Object.fromEntries(
      hosts.map((host) => [
        host.name,
        {
          ansible_host: host.ip,
          ansible_port: options.sshPort,
          ansible_user: host.user,
          ansible_connection: 'ssh',
          ansible_python_interpreter: 'auto_silent',
          ...(host.user === 'root' ? {} : { ansible_become: true }),
        },
      ]),
    );
    children[group] = { hosts: vars };
  }
  return stringify({ all: { children } });
}

/** The playbook: per group, wait for SSH and cloud-init, gather facts, then run the roles in order. */
export function playbookYaml(entries: readonly HostEntry[], options: RunFileOptions): string {
  const seconds = Math.max(1, Math.round(options.connectTimeoutMs / 1000));
  const plays = roleGroups(entries).map(({ group, roles, hosts }) => ({
    name: `Configure ${hosts.map((h) => h.name).join(', ')} with ${roles.join(', ')}`,
    hosts: group,
    gather_facts: false,
    pre_tasks: [
      {
        name: 'Wait for SSH',
        'ansible.builtin.wait_for_connection': { timeout: seconds },
        become: false,
      },
      {
        name: 'Wait for cloud-init to finish',
        'ansible.builtin.command': { argv: ['cloud-init', 'status', '--wait'] },
        changed_when: false,
        failed_when: false,
        timeout: seconds,
        become: false,
      },
      { name: 'Gather facts', 'ansible.builtin.setup': {} },
    ],
    roles: [...roles],
  }));
  return stringify(plays);
}
