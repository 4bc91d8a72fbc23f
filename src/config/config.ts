import type { Language } from '../domain/language.ts';
import type { Policy } from '../domain/policy.ts';
import type { Secret } from './secret.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Everything ATLAS is configured with: read once at start, validated, frozen, passed down. */
export interface Config {
  configFile: string | undefined;
  dataDir: string;
  httpPort: number;
  logLevel: LogLevel;
  /** What threads are answered in until free text in another language arrives. */
  language: Language;
  redis: { url: string | undefined; prefix: string };
  database: { url: Secret | undefined };
  proxmox: {
    url: string | undefined;
    tokenId: string | undefined;
    tokenSecret: Secret | undefined;
    caFile: string | undefined;
    insecure: boolean;
    ciUser: string;
    taskTimeoutMs: number;
    ipTimeoutMs: number;
  };
  /** `auto` is settled when the runtime starts: `terraform` when its binary runs, else `api`. */
  engine: 'auto' | 'terraform' | 'api';
  terraform: { bin: string; cliConfigFile: string | undefined };
  /** What child processes (Terraform) may take from the host environment: PATH, HOME, proxy settings. */
  systemEnv: Readonly<Record<string, string>>;
  policy: Policy;
  worker: { concurrency: number; attempts: number };
  /** How long a finished request's plan files and workspace are kept; 0: kept for ever. */
  retentionMs: number;
  /** The configure step (Ansible) and what happens to the VMs of a failed create. */
  configure: {
    /** Undefined: `ssh/atlas_ed25519` under the data directory. */
    sshKeyFile: string | undefined;
    sshPort: number;
    sshWaitMs: number;
    timeoutMs: number;
    ansiblePlaybook: string;
    rolesPath: readonly string[];
  };
  slack: {
    botToken: Secret | undefined;
    signingSecret: Secret | undefined;
    appToken: Secret | undefined;
    apiUrl: string | undefined;
  };
  discord: { token: Secret | undefined; applicationId: string | undefined; apiUrl: string | undefined };
  llm: {
    apiKey: Secret | undefined;
    baseUrl: string | undefined;
    model: string;
    timeoutMs: number;
    maxRounds: number;
    memoryTokens: number;
    /** Undefined: no daily limit. */
    teamDailyTokens: number | undefined;
  };
}
