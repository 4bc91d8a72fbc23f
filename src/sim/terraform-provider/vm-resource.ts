// ApplyResourceChange, ReadResource and ImportResourceState for the VM: Proxmox work, with every
// failure turned into a diagnostic that carries what PVE said.
import { AtlasError } from '../../domain/errors.ts';
import { conformBlock } from './conform.ts';
import { unknownAsNull, type ValueObject } from './cty-value.ts';
import { type Diagnostic, diagnosticFromError, errorDiagnostic, warningDiagnostic } from './diagnostics.ts';
import type { PveContext } from './pve-context.ts';
import { cloneNewVm, convergeVm, destroyVm } from './vm-apply.ts';
import { type VmArgs, vmArgs } from './vm-args.ts';
import { findVm } from './vm-locate.ts';
import { NETWORK_ATTRIBUTES } from './vm-plan.ts';
import { readVm } from './vm-read.ts';
import { vmSchema } from './vm-schema.ts';

export interface Outcome {
  state: ValueObject | null;
  diagnostics: Diagnostic[];
}

export async function applyVm(
  ctx: PveContext,
  prior: ValueObject | null,
  planned: ValueObject | null,
): Promise<Outcome> {
  if (planned === null) return destroy(ctx, prior);
  const args = vmArgs(planned);
  const label = args.name ? `VM ${args.name} on ${args.node_name}` : `the VM on ${args.node_name}`;
  let target: { vmid: number; node: string };
  try {
    target =
      prior === null ? { vmid: await cloneNewVm(ctx, args), node: args.node_name } : await locate(ctx, prior);
  } catch (error) {
    const verb = prior ? 'update' : 'create';
    return { state: prior, diagnostics: [diagnosticFromError(`Could not ${verb} ${label}`, error)] };
  }
  try {
    return await finish(ctx, target, args, planned);
  } catch (error) {
    // The VM exists but is not as planned: Terraform keeps it in the state (tainted after a create).
    const { vmid } = target;
    const partial = await readVm(ctx, vmid, args).catch(() => null);
    const fallback = { ...(unknownAsNull(planned) as ValueObject), id: String(vmid), vm_id: vmid };
    const diagnostic = diagnosticFromError(`Could not finish ${label} (vmid ${vmid})`, error);
    return { state: partial ?? fallback, diagnostics: [diagnostic] };
  }
}

async function locate(ctx: PveContext, prior: ValueObject): Promise<{ vmid: number; node: string }> {
  const vmid = vmidOf(prior);
  return { vmid, node: (await findVm(ctx, vmid))?.node ?? missing(vmid) };
}

/** Converges the VM and reads it back; addresses the plan already knew stay as planned. */
async function finish(
  ctx: PveContext,
  { vmid, node }: { vmid: number; node: string },
  args: VmArgs,
  planned: ValueObject,
): Promise<Outcome> {
  const warnings = await convergeVm(ctx, node, vmid, args);
  const state = (await readVm(ctx, vmid, args)) ?? missing(vmid);
  for (const name of NETWORK_ATTRIBUTES) {
    const known = planned[name];
    if (Array.isArray(known)) state[name] = known;
  }
  const diagnostics = warnings.map((w) => warningDiagnostic('No IP address from the guest agent', w));
  return { state, diagnostics };
}

async function destroy(ctx: PveContext, prior: ValueObject | null): Promise<Outcome> {
  if (prior === null) return { state: null, diagnostics: [] };
  try {
    await destroyVm(ctx, vmidOf(prior));
    return { state: null, diagnostics: [] };
  } catch (error) {
    return {
      state: prior,
      diagnostics: [diagnosticFromError(`Could not destroy VM ${vmidOf(prior)}`, error)],
    };
  }
}

export async function readVmResource(
  ctx: PveContext,
  current: ValueObject,
  imported: boolean,
): Promise<Outcome> {
  try {
    const state = await readVm(ctx, vmidOf(current), vmArgs(current), imported);
    return { state, diagnostics: [] };
  } catch (error) {
    return {
      state: current,
      diagnostics: [diagnosticFromError(`Could not read VM ${vmidOf(current)}`, error)],
    };
  }
}

/** Import IDs as bpg/proxmox takes them: `node/vmid`, or just the vmid. */
export async function importVm(ctx: PveContext, id: string): Promise<Outcome> {
  const match = /^(?:([^/\s]+)\/)?(\d+)$/.exec(id.trim());
  if (!match) {
    return {
      state: null,
      diagnostics: [errorDiagnostic('Invalid import ID', `"${id}" is not NODE/VMID (pve1/101) or VMID.`)],
    };
  }
  const vmid = Number(match[2]);
  try {
    const place = (await findVm(ctx, vmid)) ?? missing(vmid);
    const state = conformBlock(vmSchema, {
      id: String(vmid),
      vm_id: vmid,
      node_name: place.node,
    }) as ValueObject;
    return { state, diagnostics: [] };
  } catch (error) {
    return { state: null, diagnostics: [diagnosticFromError(`Could not import VM ${vmid}`, error)] };
  }
}

function vmidOf(state: ValueObject): number {
  return typeof state.vm_id === 'number' ? state.vm_id : Number(state.id);
}

function missing(vmid: number): never {
  throw new AtlasError('not_found', `VM ${vmid} does not exist in the Proxmox cluster any more.`, {
    hint: 'Run terraform apply again: the refresh removes it from the state and the plan creates it anew.',
  });
}
