import { REQUEST_ID_PATTERN } from '../domain/intent.ts';

const OWNER_TAG = /^atlas-(r-[0-9a-z]{4,8})$/;

/**
 * The request that created a VM, from the `atlas-r-7f3k` tag every ATLAS VM carries (the planner adds
 * it); its workspace holds the VM's Terraform state. Undefined for VMs ATLAS did not create.
 */
export function ownerRequestId(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const id = OWNER_TAG.exec(tag)?.[1]?.toUpperCase();
    if (id && REQUEST_ID_PATTERN.test(id)) return id;
  }
  return undefined;
}
