// The resource types this provider serves: one.
import { type Diagnostic, errorDiagnostic } from './diagnostics.ts';
import { VM_RESOURCE } from './vm-schema.ts';

/** An error diagnostic when `typeName` is not the one resource this provider has. */
export function unknownResource(typeName: unknown): Diagnostic[] | undefined {
  if (typeName === VM_RESOURCE) return undefined;
  return [
    errorDiagnostic(
      'Unsupported resource type',
      `This Proxmox provider (the ATLAS stand-in for bpg/proxmox) has only ${VM_RESOURCE}, not ${String(typeName)}.`,
    ),
  ];
}
