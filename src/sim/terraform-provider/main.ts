// The provider plugin executable: Terraform starts it through the mirror's wrapper script. It checks
// go-plugin's magic cookie, serves tfplugin6 over gRPC with AutoMTLS on 127.0.0.1, announces itself with
// the handshake line on stdout, logs to stderr only, and exits when Terraform shuts it down or goes away.
import process from 'node:process';
import type { LogLevel } from '../../observability/logger.ts';
import { createLogger } from '../../observability/logger.ts';
import {
  acceptsProtocol,
  candidatePorts,
  cookieProblem,
  type HandshakeEnv,
  handshakeLine,
} from './handshake.ts';
import { startPluginServer } from './plugin-server.ts';
import type { ProviderEnv } from './provider-config.ts';
import { ProviderRuntime } from './provider-runtime.ts';

type PluginEnv = HandshakeEnv &
  ProviderEnv & { TF_LOG?: string | undefined; TF_LOG_PROVIDER?: string | undefined };

const LEVELS: Record<string, LogLevel> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
  OFF: 'silent',
};

async function main(env: PluginEnv): Promise<void> {
  const problem = cookieProblem(env);
  if (problem !== undefined) {
    process.stderr.write(`${problem}\n`);
    process.exitCode = 1;
    return;
  }
  const level = LEVELS[(env.TF_LOG_PROVIDER ?? env.TF_LOG ?? '').toUpperCase()] ?? 'info';
  const log = createLogger({ level, destination: 2, base: { '@module': 'provider.proxmox' } });
  if (!acceptsProtocol(env))
    log.warn({ offered: env.PLUGIN_PROTOCOL_VERSIONS }, 'Terraform did not offer plugin protocol 6');
  const runtime = new ProviderRuntime({
    log,
    env: {
      PROXMOX_VE_ENDPOINT: env.PROXMOX_VE_ENDPOINT,
      PROXMOX_VE_API_TOKEN: env.PROXMOX_VE_API_TOKEN,
      PROXMOX_VE_INSECURE: env.PROXMOX_VE_INSECURE,
    },
  });
  let stopping = false;
  const exit = (why: string) => {
    if (stopping) return;
    stopping = true;
    log.debug({ why }, 'provider exiting');
    runtime.stop();
    runtime.close();
    plugin.server.forceShutdown();
    setTimeout(() => process.exit(0), 50);
  };
  const plugin = await startPluginServer({
    runtime,
    clientCertPem: env.PLUGIN_CLIENT_CERT || undefined,
    ports: candidatePorts(env),
    onShutdown: () => exit('Terraform asked the plugin to shut down'),
  });
  process.stdout.write(`${handshakeLine(plugin.address, plugin.certDer)}\n`);
  // Like go-plugin servers: Ctrl-C goes to Terraform, which stops the provider through StopProvider.
  process.on('SIGINT', () => log.debug({}, 'interrupt ignored; Terraform will call StopProvider'));
  process.on('SIGTERM', () => exit('SIGTERM'));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) exit('Terraform went away');
  }, 1_000).unref();
}

main(process.env).catch((error: unknown) => {
  process.stderr.write(
    `The Proxmox provider could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
