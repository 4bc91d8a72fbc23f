// The provider's gRPC server: the tfplugin6 Provider service and go-plugin's services, on 127.0.0.1,
// with mutual TLS when Terraform sent its client certificate (AutoMTLS).
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { brokerService, controllerService, healthService, stdioService } from './plugin-services.ts';
import { loadServices } from './protos.ts';
import type { ProviderRuntime } from './provider-runtime.ts';
import { providerService } from './provider-service.ts';
import { selfSignedCertificate } from './tls-cert.ts';

export interface PluginServerOptions {
  runtime: ProviderRuntime;
  /** Terraform's client certificate (PEM, from PLUGIN_CLIENT_CERT); no TLS when undefined. */
  clientCertPem?: string | undefined;
  /** Ports to try in order; 0 = any free port. */
  ports?: number[];
  onShutdown: () => void;
}

export interface PluginServer {
  server: Server;
  address: string;
  /** The server certificate (DER) to announce in the handshake; undefined without TLS. */
  certDer: Buffer | undefined;
}

export async function startPluginServer(options: PluginServerOptions): Promise<PluginServer> {
  const services = loadServices();
  const server = new Server({ 'grpc.max_receive_message_length': 256 * 1024 * 1024 });
  server.addService(services.provider, providerService(options.runtime));
  server.addService(services.controller, controllerService(options.onShutdown));
  server.addService(services.stdio, stdioService());
  server.addService(services.broker, brokerService());
  server.addService(services.health, healthService());
  const certificate = options.clientCertPem === undefined ? undefined : selfSignedCertificate();
  const credentials = certificate
    ? ServerCredentials.createSsl(
        Buffer.from(options.clientCertPem ?? ''),
        [{ private_key: Buffer.from(certificate.keyPem), cert_chain: Buffer.from(certificate.certPem) }],
        true,
      )
    : ServerCredentials.createInsecure();
  const port = await bindFirst(server, credentials, options.ports ?? [0]);
  return { server, address: `127.0.0.1:${port}`, certDer: certificate?.der };
}

async function bindFirst(server: Server, credentials: ServerCredentials, ports: number[]): Promise<number> {
  let last: unknown;
  for (const port of ports) {
    try {
      return await new Promise<number>((resolve, reject) => {
        server.bindAsync(`127.0.0.1:${port}`, credentials, (error, bound) =>
          error ? reject(error) : resolve(bound),
        );
      });
    } catch (error) {
      last = error;
    }
  }
  throw last instanceof Error ? last : new Error('no port to listen on');
}
