import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '../../domain/plan.ts';
import { progressLine } from '../../domain/progress/progress-line.ts';
import type { VmResult } from '../../domain/request.ts';
import type { Configurator } from '../../ports/configurator.ts';
import type { ProgressReporter } from '../../ports/engine.ts';
import { progressQueue } from '../progress-queue.ts';
import { ansibleEnv } from './ansible-env.ts';
import { playbookError } from './ansible-error.ts';
import {
  type AnsibleOptions,
  type ResolvedAnsibleOptions,
  resolveAnsibleOptions,
} from './ansible-options.ts';
import { progressOf } from './ansible-progress.ts';
import { runPlaybook } from './ansible-runner.ts';
import { assertInstalled } from './check-installed.ts';
import { type HostEntry, hostEntries } from './host-entries.ts';
import { loadOrCreateKey, type SshKeyFiles } from './key-store.ts';
import { RoleCatalog } from './role-catalog.ts';
import { inventoryYaml, playbookYaml } from './run-files.ts';

/**
 * The configure step with Ansible: renders an inventory (VM names, addresses, ATLAS's login) and a
 * playbook (the roles per VM) into a private run directory, runs ansible-playbook over SSH with ATLAS's
 * own key, and turns each task result into a progress line. The first failed task fails the step,
 * naming the task and the VM.
 */
export class AnsibleConfigurator implements Configurator {
  readonly #options: ResolvedAnsibleOptions;
  readonly #catalog: RoleCatalog;
  #key: Promise<SshKeyFiles> | undefined;
  #installed: Promise<void> | undefined;

  constructor(options: AnsibleOptions) {
    this.#options = resolveAnsibleOptions(options);
    this.#catalog = new RoleCatalog(this.#options.roleDirs, this.#options.profileDirs);
  }

  async publicKey(): Promise<string> {
    return (await this.#keyFiles()).publicKey;
  }

  /** Also checks that ansible-playbook runs here, so a request is refused before any VM is made. */
  async resolveRoles(names: readonly string[]): Promise<string[]> {
    this.#installed ??= assertInstalled(this.#options).catch((error: unknown) => {
      this.#installed = undefined;
      throw error;
    });
    await this.#installed;
    return this.#catalog.resolve(names);
  }

  async configure(plan: Plan, vms: readonly VmResult[], report: ProgressReporter, signal?: AbortSignal) {
    const entries = hostEntries(plan, vms);
    if (entries.length === 0) return;
    const key = await this.#keyFiles();
    await mkdir(this.#options.workDir, { recursive: true, mode: 0o700 });
    const runDir = await mkdtemp(join(this.#options.workDir, `${plan.requestId.toLowerCase()}-`));
    const progress = progressQueue(report);
    try {
      await writeRunFiles(runDir, entries, this.#options);
      for (const entry of entries)
        progress.push({
          ...progressLine('configuringRoles', entry.name, entry.roles.join(', ')),
          vm: entry.name,
        });
      await this.#run(runDir, key, plan.requestId, progress.push, signal);
    } finally {
      await progress.drain();
      await rm(runDir, { recursive: true, force: true });
    }
  }

  async #run(
    runDir: string,
    key: SshKeyFiles,
    requestId: string,
    push: (line: { message: string; vm?: string }) => void,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const options = this.#options;
    const outcome = await runPlaybook({
      bin: options.bin,
      runDir,
      env: ansibleEnv({ ...options, runDir, privateKeyFile: key.privateKeyFile }),
      timeoutMs: options.timeoutMs,
      graceMs: options.graceMs,
      signal,
      onEvent: (event) => {
        const line = progressOf(event, options.sanitize);
        if (line) push(line);
      },
    });
    if (outcome.result.exitCode === 0 && !outcome.result.stopped) return;
    throw playbookError(outcome, { ...options, doing: `Configuring ${requestId}` });
  }

  #keyFiles(): Promise<SshKeyFiles> {
    this.#key ??= loadOrCreateKey(this.#options.keyFile, this.#options.keyComment).catch((error: unknown) => {
      this.#key = undefined;
      throw error;
    });
    return this.#key;
  }
}

async function writeRunFiles(runDir: string, entries: HostEntry[], options: ResolvedAnsibleOptions) {
  await mkdir(join(runDir, 'tmp'), { mode: 0o700 });
  await writeFile(join(runDir, 'ansible.cfg'), '', { mode: 0o600 });
  await writeFile(join(runDir, 'known_hosts'), '', { mode: 0o600 });
  await writeFile(join(runDir, 'inventory.yml'), inventoryYaml(entries, options), { mode: 0o600 });
  await writeFile(join(runDir, 'playbook.yml'), playbookYaml(entries, options), { mode: 0o600 });
}
