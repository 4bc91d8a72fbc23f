import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The roles and profiles shipped with ATLAS: templates/ansible/roles and templates/profiles. */
export const DEFAULT_ROLES_DIR = fileURLToPath(new URL('../../../templates/ansible/roles/', import.meta.url));
export const DEFAULT_PROFILES_DIR = fileURLToPath(new URL('../../../templates/profiles/', import.meta.url));

export interface AnsibleOptions {
  /** ATLAS's private key (made on first use); its public half goes into the plans. */
  keyFile: string;
  /** Scrubs secrets from every text taken from Ansible's output. */
  sanitize: (text: string) => string;
  /** Role directories searched before the shipped one (operators' own roles, test roles). */
  extraRoleDirs?: readonly string[];
  /** Profile directories searched before the shipped one. */
  extraProfileDirs?: readonly string[];
  /** Where each run gets its private directory. Default: the system temp directory. */
  workDir?: string;
  /** The ansible-playbook executable: a path, or a name on the PATH. Default `ansible-playbook`. */
  bin?: string;
  /** SSH port of the VMs. Default 22. */
  sshPort?: number;
  /** How long to wait for a new VM to answer over SSH (and for cloud-init to finish). Default 5 min. */
  connectTimeoutMs?: number;
  /** How long one whole run may take. Default 30 min. */
  timeoutMs?: number;
  /** Between SIGINT, SIGTERM and SIGKILL when a run is stopped. Default 10 s. */
  graceMs?: number;
  /** VMs configured at once. Default 10. */
  forks?: number;
  /** The comment of a newly made key. Default `atlas`. */
  keyComment?: string;
  /** PATH and proxy settings for ansible-playbook; nothing else of ATLAS's environment is passed on. */
  systemEnv?: Readonly<Record<string, string>>;
}

export interface ResolvedAnsibleOptions {
  keyFile: string;
  keyComment: string;
  sanitize: (text: string) => string;
  roleDirs: string[];
  profileDirs: string[];
  workDir: string;
  bin: string;
  sshPort: number;
  connectTimeoutMs: number;
  sshTimeoutSeconds: number;
  timeoutMs: number;
  graceMs: number;
  forks: number;
  systemEnv: Readonly<Record<string, string>> | undefined;
}

export function resolveAnsibleOptions(options: AnsibleOptions): ResolvedAnsibleOptions {
  return {
    keyFile: options.keyFile,
    keyComment: options.keyComment ?? 'atlas',
    sanitize: options.sanitize,
    roleDirs: [...(options.extraRoleDirs ?? []), DEFAULT_ROLES_DIR],
    profileDirs: [...(options.extraProfileDirs ?? []), DEFAULT_PROFILES_DIR],
    workDir: options.workDir ?? join(tmpdir(), 'atlas-ansible'),
    bin: options.bin ?? 'ansible-playbook',
    sshPort: options.sshPort ?? 22,
    connectTimeoutMs: options.connectTimeoutMs ?? 5 * 60_000,
    sshTimeoutSeconds: 10,
    timeoutMs: options.timeoutMs ?? 30 * 60_000,
    graceMs: options.graceMs ?? 10_000,
    forks: options.forks ?? 10,
    systemEnv: options.systemEnv,
  };
}
