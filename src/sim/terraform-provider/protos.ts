// The gRPC service definitions, loaded from the .proto files beside this one.
import { join } from 'node:path';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';

export interface PluginServices {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
  broker: ServiceDefinition;
  health: ServiceDefinition;
}

export function loadServices(): PluginServices {
  const files = ['tfplugin6.proto', 'go-plugin.proto', 'grpc-health.proto'].map((f) =>
    join(import.meta.dirname, f),
  );
  const definition = loadSync(files, {
    keepCase: true,
    longs: Number,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const service = (name: string): ServiceDefinition => {
    const found = definition[name];
    if (!found || 'format' in found)
      throw new Error(`${name} is not a service in the provider's .proto files`);
    return found as ServiceDefinition;
  };
  return {
    provider: service('tfplugin6.Provider'),
    controller: service('plugin.GRPCController'),
    stdio: service('plugin.GRPCStdio'),
    broker: service('plugin.GRPCBroker'),
    health: service('grpc.health.v1.Health'),
  };
}
