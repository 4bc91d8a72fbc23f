// The tfplugin6 Provider service: schemas and validation here, the resource lifecycle in
// resource-service.ts.
import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import { type Diagnostic, errorDiagnostic } from './diagnostics.ts';
import { readDynamic } from './dynamic-value.ts';
import { type Message, unary } from './grpc-unary.ts';
import { resolveConnection, validateProviderConfig } from './provider-config.ts';
import type { ProviderRuntime } from './provider-runtime.ts';
import { providerSchema } from './provider-schema.ts';
import { resourceHandlers } from './resource-service.ts';
import { unknownResource } from './resource-types.ts';
import { toProtoSchema } from './schema-proto.ts';
import { VM_RESOURCE, vmSchema } from './vm-schema.ts';
import { validateVmConfig } from './vm-validate.ts';

const CAPABILITIES = { plan_destroy: false, get_provider_schema_optional: false, move_resource_state: false };

export function providerService(runtime: ProviderRuntime): UntypedServiceImplementation {
  const log = runtime.log;
  const handlers: Record<string, (request: Message) => Promise<Message>> = {
    GetMetadata: async () => ({
      server_capabilities: CAPABILITIES,
      diagnostics: [],
      data_sources: [],
      resources: [{ type_name: VM_RESOURCE }],
    }),
    GetProviderSchema: async () => ({
      provider: toProtoSchema(providerSchema),
      resource_schemas: { [VM_RESOURCE]: toProtoSchema(vmSchema) },
      data_source_schemas: {},
      diagnostics: [],
      server_capabilities: CAPABILITIES,
    }),
    ValidateProviderConfig: async (req) => ({
      diagnostics: validateProviderConfig(readDynamic(providerSchema, req.config)),
    }),
    ValidateResourceConfig: async (req) => ({
      diagnostics:
        unknownResource(req.type_name) ?? validateVmConfig(readDynamic(vmSchema, req.config) ?? {}),
    }),
    ValidateDataResourceConfig: async (req) => ({ diagnostics: [noDataSource(req.type_name)] }),
    ReadDataSource: async (req) => ({ diagnostics: [noDataSource(req.type_name)] }),
    ConfigureProvider: async (req) => {
      const resolved = resolveConnection(readDynamic(providerSchema, req.config), runtime.env);
      if (resolved.connection) runtime.configure(resolved.connection);
      return { diagnostics: resolved.diagnostics };
    },
    ...resourceHandlers(runtime),
  };
  const service: UntypedServiceImplementation = Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [name, unary(name, log, handler)]),
  );
  service.StopProvider = unary('StopProvider', log, async () => {
    runtime.stop();
    return { Error: '' };
  });
  return service;
}

function noDataSource(typeName: unknown): Diagnostic {
  return errorDiagnostic(
    'Unsupported data source',
    `This Proxmox provider (the ATLAS stand-in for bpg/proxmox) has no data sources; ${String(typeName)} is not available.`,
  );
}
