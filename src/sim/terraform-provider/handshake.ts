// go-plugin's handshake: the magic cookie Terraform sets, the protocol version it accepts, and the one
// line on stdout that tells it where to connect and which certificate to trust.

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** go-plugin's own protocol version. */
export const CORE_PROTOCOL_VERSION = 1;
/** Terraform's plugin protocol: tfplugin6. */
export const APP_PROTOCOL_VERSION = 6;

export interface HandshakeEnv {
  TF_PLUGIN_MAGIC_COOKIE?: string | undefined;
  PLUGIN_PROTOCOL_VERSIONS?: string | undefined;
  PLUGIN_CLIENT_CERT?: string | undefined;
  PLUGIN_MIN_PORT?: string | undefined;
  PLUGIN_MAX_PORT?: string | undefined;
}

/** What to tell a person who ran the plugin by hand; undefined when Terraform started it. */
export function cookieProblem(env: HandshakeEnv): string | undefined {
  if (env.TF_PLUGIN_MAGIC_COOKIE === MAGIC_COOKIE_VALUE) return undefined;
  return [
    'This program is a Terraform provider plugin (the ATLAS stand-in for bpg/proxmox); Terraform starts it.',
    'It is not meant to be run by hand. To use it, install the provider mirror (installProviderMirror in',
    'src/sim/terraform-provider/mirror.ts), point TF_CLI_CONFIG_FILE at the CLI config file it writes, and run',
    'terraform init, plan and apply on a configuration that requires registry.terraform.io/bpg/proxmox.',
  ].join('\n');
}

/** True when Terraform accepts protocol 6 (or did not say which it accepts). */
export function acceptsProtocol(env: HandshakeEnv): boolean {
  const listed = (env.PLUGIN_PROTOCOL_VERSIONS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return listed.length === 0 || listed.includes(String(APP_PROTOCOL_VERSION));
}

/** The ports to listen on when Terraform restricts them (PLUGIN_MIN_PORT..PLUGIN_MAX_PORT); else [0]. */
export function candidatePorts(env: HandshakeEnv): number[] {
  const min = Number(env.PLUGIN_MIN_PORT);
  const max = Number(env.PLUGIN_MAX_PORT);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min <= 0 || max < min) return [0];
  return Array.from({ length: Math.min(max - min + 1, 1000) }, (_, i) => min + i);
}

/**
 * `1|6|tcp|127.0.0.1:PORT|grpc|CERT`: CERT is the server certificate's DER in base64 without padding
 * (go-plugin's RawStdEncoding), empty when Terraform asked for no TLS.
 */
export function handshakeLine(address: string, certDer?: Uint8Array): string {
  const cert = certDer === undefined ? '' : Buffer.from(certDer).toString('base64').replace(/=+$/, '');
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|${address}|grpc|${cert}`;
}
