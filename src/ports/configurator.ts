import type { Plan } from '../domain/plan.ts';
import type { VmResult } from '../domain/request.ts';
import type { ProgressReporter } from './engine.ts';

/**
 * The configure step: runs the roles a plan names on the VMs an engine created (Ansible over SSH in
 * src/iac/ansible). ATLAS logs in with a key pair of its own; only the public half leaves the worker.
 */
export interface Configurator {
  /** ATLAS's own public key, one OpenSSH line: planned into every VM that gets roles. */
  publicKey(): Promise<string>;
  /**
   * Role and profile names as a person typed them → the roles to run, in order, profiles expanded and
   * duplicates dropped. Fails with an AtlasError `usage` naming what does not exist and what does.
   */
  resolveRoles(names: readonly string[]): Promise<string[]>;
  /**
   * Runs the planned roles of each created VM (`vms` carry the addresses). Progress lines name the VM.
   * Fails with an AtlasError `configure` that names the task and the VM that failed.
   */
  configure(
    plan: Plan,
    vms: readonly VmResult[],
    report: ProgressReporter,
    signal?: AbortSignal,
  ): Promise<void>;
}
