import { isAtlasError } from '../domain/errors.ts';
import type { PowerAction } from '../domain/intent.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { VmSpec } from '../domain/vm-spec.ts';
import type { CoreDeps } from './deps.ts';
import { ErrorList } from './i18n/error-list.ts';
import { repliesFor } from './i18n/replies-messages.ts';
import { assertMayPower } from './power-rights.ts';
import { assertManaged, findVm } from './query-vms.ts';
import { type Asker, startRequest } from './start-request.ts';
import { validateCreate } from './validate/validate-create.ts';
import { notice } from './views/notices.ts';

/** `vm create`: checked against Proxmox's templates, nodes and names before anything is queued. */
export async function requestCreate(deps: CoreDeps, asker: Asker, vms: VmSpec[]): Promise<ThreadView[]> {
  const world = await Promise.all([
    deps.inventory.templates(),
    deps.inventory.nodes(),
    deps.inventory.vms(),
  ]).catch((error: unknown) => {
    if (isAtlasError(error) && error.code === 'transient') return undefined;
    throw error;
  });
  if (!world) {
    const views = await startRequest(deps, asker, { kind: 'create', vms });
    const say = repliesFor(asker.language);
    return [...views, notice(say.proxmoxDown, say.proxmoxDownLater, 'warning')];
  }
  const [templates, nodes, existing] = world;
  const findings = validateCreate(vms, { templates, nodes, vms: existing }, deps.policy);
  const [first, ...more] = findings;
  if (first) throw new ErrorList(first, more);
  return startRequest(deps, asker, { kind: 'create', vms });
}

/** `vm destroy`: planned and approved like a create. */
export async function requestDestroy(deps: CoreDeps, asker: Asker, name: string): Promise<ThreadView[]> {
  const vm = await findVm(deps, name);
  assertManaged(vm, 'destroy');
  return startRequest(deps, asker, { kind: 'destroy', vm: { name: vm.name, vmid: vm.vmid, node: vm.node } });
}

/** `vm start|stop|reboot`: runs at once, recorded like every other request. */
export async function requestPower(
  deps: CoreDeps,
  asker: Asker,
  name: string,
  action: PowerAction,
): Promise<ThreadView[]> {
  const vm = await findVm(deps, name);
  assertManaged(vm, action);
  await assertMayPower(deps, vm, asker.user, action);
  return startRequest(deps, asker, {
    kind: 'power',
    action,
    vm: { name: vm.name, vmid: vm.vmid, node: vm.node },
  });
}
