// The provider process's state between RPCs: the Proxmox connection ConfigureProvider made, and the
// signal StopProvider aborts.

import { AtlasError } from '../../domain/errors.ts';
import { defaultSanitizer } from '../../observability/sanitizer.ts';
import type { ProxmoxClient } from '../../proxmox/index.ts';
import type { Log } from './log.ts';
import type { ProviderEnv } from './provider-config.ts';
import {
  connect,
  DEFAULT_PVE_TIMING,
  type PveConnection,
  type PveContext,
  type PveTiming,
  pveContext,
} from './pve-context.ts';

export interface ProviderRuntimeOptions {
  log: Log;
  env: ProviderEnv;
  timing?: PveTiming;
}

export class ProviderRuntime {
  readonly log: Log;
  readonly env: ProviderEnv;
  readonly #timing: PveTiming;
  #client: ProxmoxClient | undefined;
  #stop = new AbortController();

  constructor(options: ProviderRuntimeOptions) {
    this.log = options.log;
    this.env = options.env;
    this.#timing = options.timing ?? DEFAULT_PVE_TIMING;
  }

  configure(connection: PveConnection): void {
    defaultSanitizer.register(connection.tokenSecret);
    this.#client?.close();
    this.#client = connect(connection);
    this.log.info({ endpoint: connection.endpoint, tokenId: connection.tokenId }, 'provider configured');
  }

  /** The context for Proxmox work; an error when ConfigureProvider has not run (or failed). */
  context(): PveContext {
    if (!this.#client) {
      throw new AtlasError('config', 'The Proxmox provider is not configured.', {
        hint: 'Check the provider "proxmox" block: endpoint and api_token.',
      });
    }
    return pveContext(this.#client, this.log, this.#stop.signal, this.#timing);
  }

  /** Terraform was interrupted: abort every wait and call in progress. */
  stop(): void {
    this.#stop.abort(new AtlasError('invalid_state', 'Terraform asked the provider to stop.'));
  }

  close(): void {
    this.#client?.close();
    this.#client = undefined;
  }
}
