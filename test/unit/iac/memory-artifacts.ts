import type { PlanArtifacts } from '../../../src/ports/plan-artifacts.ts';

/** PlanArtifacts in memory; `bytes` is open so a test can tamper with a stored plan file. */
export class MemoryPlanArtifacts implements PlanArtifacts {
  readonly bytes = new Map<string, Uint8Array>();

  async save(sha256: string, bytes: Uint8Array): Promise<void> {
    this.bytes.set(sha256, new Uint8Array(bytes));
  }

  async load(sha256: string): Promise<Uint8Array | undefined> {
    return this.bytes.get(sha256);
  }
}
