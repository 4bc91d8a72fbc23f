// Plans and results for configure tests: VMs that "run" on the loopback address.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan, PlannedVm } from '../../../src/domain/plan.ts';
import type { VmResult } from '../../../src/domain/request.ts';
import { AnsibleConfigurator } from '../../../src/iac/ansible/index.ts';

/** selftest (writes /tmp/atlas-selftest/<vm>) and selftest_fail (a failing task). */
export const TEST_ROLES = fileURLToPath(new URL('./roles/', import.meta.url));

const made: string[] = [];

/** A temporary directory removed by removeTempDirs(). */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory the fixtures made (call it in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A configurator that logs in with the key at `keyFile`, on `port`, with the test roles. */
export function testConfigurator(keyFile: string, port: number, connectTimeoutMs = 20_000) {
  return new AnsibleConfigurator({
    keyFile,
    workDir: join(tempDir('atlas-configure-'), 'runs'),
    sanitize: (text) => text.replaceAll('disk full', 'disk ***'),
    extraRoleDirs: [TEST_ROLES],
    sshPort: port,
    connectTimeoutMs,
    timeoutMs: 120_000,
  });
}

/** A fresh key file path in a directory of its own. */
export function keyFilePath(): string {
  return join(tempDir('atlas-key-'), 'atlas_ed25519');
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function plannedVm(name: string, roles: string[], vmid = 100): PlannedVm {
  return {
    name,
    vmid,
    node: 'pve1',
    template: { name: 'debian-12', vmid: 9001, node: 'pve1' },
    cores: 1,
    memoryMiB: 1024,
    diskGiB: 10,
    storage: 'local-lvm',
    bridge: 'vmbr0',
    ciUser: 'root',
    sshKeys: [],
    ipConfig: 'ip=dhcp',
    tags: ['atlas'],
    roles,
  };
}

export function planOf(vms: PlannedVm[]): Plan {
  return {
    id: randomUUID(),
    requestId: 'R-7F3K',
    engine: 'api',
    actions: vms.map((vm) => ({ kind: 'create-vm', vm })),
    hash: '0'.repeat(64),
    createdAt: new Date().toISOString(),
  };
}

export function resultsOf(plan: Plan, ip = '127.0.0.1'): VmResult[] {
  return plan.actions.flatMap((a) =>
    a.kind === 'create-vm' ? [{ name: a.vm.name, vmid: a.vm.vmid, node: a.vm.node, ip }] : [],
  );
}
