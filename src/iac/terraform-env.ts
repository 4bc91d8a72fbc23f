/** How Terraform reaches Proxmox: the bpg provider reads these from its environment. */
export interface ProxmoxAccess {
  /** `https://pve.example.com:8006/` */
  endpoint: string;
  /** `user@realm!name` */
  tokenId: string;
  tokenSecret: string;
  insecure: boolean;
}

export type BackendAccess = { kind: 'pg'; connString: string } | { kind: 'local' };

export interface TerraformEnvOptions {
  proxmox: ProxmoxAccess;
  backend: BackendAccess;
  cliConfigFile?: string | undefined;
  /** PATH, HOME, proxy settings: whatever else Terraform needs from the host. */
  systemEnv?: Readonly<Record<string, string>> | undefined;
}

/**
 * The complete environment of every Terraform run. Credentials go here and nowhere else: never into
 * generated files, plan files or arguments. Nothing else of ATLAS's own environment is passed on, so
 * neither its other secrets nor a stray TF_CLI_ARGS or TF_WORKSPACE reach Terraform.
 */
export function terraformEnv(options: TerraformEnvOptions): Record<string, string> {
  const { proxmox, backend } = options;
  return {
    ...options.systemEnv,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    ...(options.cliConfigFile ? { TF_CLI_CONFIG_FILE: options.cliConfigFile } : {}),
    PROXMOX_VE_ENDPOINT: proxmox.endpoint,
    PROXMOX_VE_API_TOKEN: `${proxmox.tokenId}=${proxmox.tokenSecret}`,
    PROXMOX_VE_INSECURE: proxmox.insecure ? 'true' : 'false',
    ...(backend.kind === 'pg' ? { PG_CONN_STR: pgConnString(backend.connString) } : {}),
  };
}

/**
 * Terraform's pg backend (lib/pq) insists on TLS unless told otherwise, while ATLAS's own PostgreSQL
 * client (node-postgres) uses TLS only when the URL asks for it. So that both reach the database the same
 * way, a URL without `sslmode` gets `sslmode=disable`; a URL that sets it is passed unchanged.
 */
export function pgConnString(url: string): string {
  if (/[?&]sslmode=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}sslmode=disable`;
}
