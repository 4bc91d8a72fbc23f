// The managed resource lifecycle RPCs: upgrade, read, plan, apply and import of the VM resource.
import { conformBlock } from './conform.ts';
import type { ValueObject } from './cty-value.ts';
import { attributePath } from './diagnostics.ts';
import { parseJson, readDynamic, writeDynamic } from './dynamic-value.ts';
import type { Message } from './grpc-unary.ts';
import type { ProviderRuntime } from './provider-runtime.ts';
import { unknownResource } from './resource-types.ts';
import { planVm } from './vm-plan.ts';
import { applyVm, importVm, readVmResource } from './vm-resource.ts';
import { VM_RESOURCE, vmSchema } from './vm-schema.ts';

const IMPORTED = Buffer.from('{"imported":true}');

type Handler = (request: Message) => Promise<Message>;

export function resourceHandlers(runtime: ProviderRuntime): Record<string, Handler> {
  return {
    UpgradeResourceState: async (req) => {
      const wrong = unknownResource(req.type_name);
      if (wrong) return { diagnostics: wrong };
      const json = req.raw_state?.json;
      const raw = json && json.length > 0 ? parseJson(json) : null;
      return {
        upgraded_state: writeDynamic(vmSchema, conformBlock(vmSchema, raw) as ValueObject | null),
        diagnostics: [],
      };
    },
    ReadResource: async (req) => {
      const wrong = unknownResource(req.type_name);
      if (wrong) return { diagnostics: wrong };
      const current = readDynamic(vmSchema, req.current_state);
      if (current === null) return { new_state: writeDynamic(vmSchema, null), diagnostics: [] };
      const imported = Buffer.from(req.private ?? []).equals(IMPORTED);
      const outcome = await readVmResource(runtime.context(), current, imported);
      return {
        new_state: writeDynamic(vmSchema, outcome.state),
        diagnostics: outcome.diagnostics,
        private: Buffer.alloc(0),
      };
    },
    PlanResourceChange: async (req) => {
      const wrong = unknownResource(req.type_name);
      if (wrong) return { diagnostics: wrong };
      const plan = planVm(readDynamic(vmSchema, req.config), readDynamic(vmSchema, req.prior_state));
      return {
        planned_state: writeDynamic(vmSchema, plan.planned),
        requires_replace: plan.requiresReplace.map(attributePath),
        planned_private: req.prior_private ?? Buffer.alloc(0),
        diagnostics: plan.diagnostics,
      };
    },
    ApplyResourceChange: async (req) => {
      const wrong = unknownResource(req.type_name);
      if (wrong) return { diagnostics: wrong };
      const prior = readDynamic(vmSchema, req.prior_state);
      const planned = readDynamic(vmSchema, req.planned_state);
      const outcome = await applyVm(runtime.context(), prior, planned);
      return {
        new_state: writeDynamic(vmSchema, outcome.state),
        private: Buffer.alloc(0),
        diagnostics: outcome.diagnostics,
      };
    },
    ImportResourceState: async (req) => {
      const wrong = unknownResource(req.type_name);
      if (wrong) return { diagnostics: wrong };
      const outcome = await importVm(runtime.context(), String(req.id ?? ''));
      const imported = outcome.state
        ? [{ type_name: VM_RESOURCE, state: writeDynamic(vmSchema, outcome.state), private: IMPORTED }]
        : [];
      return { imported_resources: imported, diagnostics: outcome.diagnostics };
    },
  };
}
