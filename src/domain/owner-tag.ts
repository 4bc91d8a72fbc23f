import { REQUEST_ID_PATTERN } from './intent.ts';

const OWNER_TAG = /^atlas-(r-[0-9a-z]{4,8})$/;

/**
 * The tag that names the request which created a VM: `atlas-r-7f3k` for R-7F3K. Every VM ATLAS creates
 * carries it (with `atlas`), whichever engine made it; it is how ATLAS finds a VM's owner, its requester
 * and, with Terraform, the workspace whose state holds the VM.
 */
export function ownerTag(requestId: string): string {
  return `atlas-${requestId.toLowerCase()}`;
}

/** The request that created a VM, from its owner tag; undefined for VMs ATLAS did not create. */
export function ownerRequestId(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const id = OWNER_TAG.exec(tag)?.[1]?.toUpperCase();
    if (id && REQUEST_ID_PATTERN.test(id)) return id;
  }
  return undefined;
}
