export interface AnsibleEnvOptions {
  /** The run's own directory: config, known_hosts, local temp files. */
  runDir: string;
  roleDirs: readonly string[];
  privateKeyFile: string;
  /** How long one SSH connection attempt may take. */
  sshTimeoutSeconds: number;
  forks: number;
  /** PATH, proxy settings: whatever else ansible-playbook needs from the host. */
  systemEnv?: Readonly<Record<string, string>> | undefined;
}

const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

/**
 * The complete environment of an ansible-playbook run; nothing of ATLAS's own environment is passed
 * on. Output is one JSON object a line (`ansible.posix.jsonl`, shipped in Debian's `ansible`). No
 * ansible.cfg is read but the run's own empty one.
 *
 * Host keys: the VMs were created seconds ago with host keys nobody knows yet, so the first contact
 * accepts the key (`StrictHostKeyChecking=accept-new`) into a known_hosts file that belongs to this one
 * run; from then on every connection of the run must present the same key. A fresh file per run also
 * means an address reused by a later VM does not trip over a stale key.
 */
export function ansibleEnv(options: AnsibleEnvOptions): Record<string, string> {
  const { runDir } = options;
  const sshArgs = [
    '-F /dev/null',
    '-o ControlMaster=no',
    '-o BatchMode=yes',
    '-o IdentitiesOnly=yes',
    '-o PasswordAuthentication=no',
    '-o StrictHostKeyChecking=accept-new',
    `-o UserKnownHostsFile=${runDir}/known_hosts`,
    '-o ServerAliveInterval=15',
  ];
  return {
    PATH: DEFAULT_PATH,
    ...options.systemEnv,
    HOME: runDir,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    ANSIBLE_CONFIG: `${runDir}/ansible.cfg`,
    ANSIBLE_STDOUT_CALLBACK: 'ansible.posix.jsonl',
    ANSIBLE_LOAD_CALLBACK_PLUGINS: '0',
    ANSIBLE_NOCOLOR: '1',
    ANSIBLE_FORCE_COLOR: '0',
    ANSIBLE_RETRY_FILES_ENABLED: '0',
    ANSIBLE_DEPRECATION_WARNINGS: '0',
    ANSIBLE_SYSTEM_WARNINGS: '0',
    ANSIBLE_HOST_KEY_CHECKING: '1',
    ANSIBLE_PIPELINING: '1',
    ANSIBLE_FORKS: String(options.forks),
    ANSIBLE_TIMEOUT: String(options.sshTimeoutSeconds),
    ANSIBLE_SSH_ARGS: sshArgs.join(' '),
    ANSIBLE_PRIVATE_KEY_FILE: options.privateKeyFile,
    ANSIBLE_ROLES_PATH: options.roleDirs.join(':'),
    ANSIBLE_LOCAL_TEMP: `${runDir}/tmp`,
    ANSIBLE_SSH_CONTROL_PATH_DIR: `${runDir}/cp`,
    ANSIBLE_GALAXY_CACHE_DIR: `${runDir}/galaxy`,
  };
}
