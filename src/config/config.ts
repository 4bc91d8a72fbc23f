import type { Policy } from '../domain/policy.ts';
import type { Secret } from './secret.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Everything ATLAS is configured with: read once at start, validated, frozen, passed down. */
export interface Config {
  configFile: string | undefined;
  dataDir: string;
  httpPort: number;
  logLevel: LogLevel;
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
  engine: 'api';
  policy: Policy;
  worker: { concurrency: number; attempts: number };
  slack: {
    botToken: Secret | undefined;
    signingSecret: Secret | undefined;
    appToken: Secret | undefined;
    apiUrl: string | undefined;
  };
  discord: { token: Secret | undefined; applicationId: string | undefined; apiUrl: string | undefined };
  llm: { apiKey: Secret | undefined; baseUrl: string | undefined; model: string };
}
