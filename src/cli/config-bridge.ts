import { readFileSync } from 'node:fs';
import type { Config } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';
import { defaultSanitizer } from '../observability/sanitizer.ts';
import type { ProxmoxClientOptions } from '../proxmox/index.ts';

/** Proxmox settings from the configuration, or a message saying which are missing. */
export function proxmoxOptions(config: Config): ProxmoxClientOptions {
  const { url, tokenId, tokenSecret } = config.proxmox;
  if (!url || !tokenId || !tokenSecret) {
    const missing = [
      !url && 'PROXMOX_URL',
      !tokenId && 'PROXMOX_TOKEN_ID',
      !tokenSecret && 'PROXMOX_TOKEN_SECRET',
    ].filter(Boolean);
    throw new AtlasError('config', `Proxmox is not configured: ${missing.join(', ')} not set.`, {
      hint: 'Set them (docs/configuration.md), or try ATLAS against its built-in simulator with `npm run demo`.',
    });
  }
  return {
    url,
    tokenId,
    tokenSecret: tokenSecret.reveal(),
    insecure: config.proxmox.insecure,
    ...(caOf(config) ?? {}),
  };
}

function caOf(config: Config): { ca: string } | undefined {
  return config.proxmox.caFile ? { ca: readCa(config.proxmox.caFile) } : undefined;
}

function readCa(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AtlasError('config', `PROXMOX_CA_FILE ${file} cannot be read: ${(error as Error).message}`);
  }
}

/** Registers every configured secret so no log line, chat message or audit entry can show it. */
export function registerSecrets(config: Config): void {
  for (const secret of [
    config.proxmox.tokenSecret,
    config.database.url,
    config.slack.botToken,
    config.slack.signingSecret,
    config.slack.appToken,
    config.discord.token,
    config.llm.apiKey,
  ]) {
    if (secret) defaultSanitizer.register(secret.reveal());
  }
  if (config.redis.url) {
    const password = new URL(config.redis.url).password;
    if (password) defaultSanitizer.register(decodeURIComponent(password));
  }
}
